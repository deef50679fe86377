package org.targetboard.web.system;

import java.util.List;

import org.springframework.stereotype.Service;
import org.targetboard.core.access.Viewer;
import org.targetboard.registry.mail.MailOutbox;

/**
 * Mail the outbox held after its attempts ran out, which the administrator's page and the
 * API both call: listed, and released for one more round of sending.
 */
@Service
public class HeldMailUseCases {

	private final MailOutbox outbox;

	HeldMailUseCases(MailOutbox outbox) {
		this.outbox = outbox;
	}

	public List<MailOutbox.HeldMail> held(Viewer viewer) {
		return this.outbox.held(viewer);
	}

	/**
	 * @return whether a held mail of that id was released
	 */
	public boolean release(Viewer viewer, long id) {
		return this.outbox.release(viewer, id);
	}

}
