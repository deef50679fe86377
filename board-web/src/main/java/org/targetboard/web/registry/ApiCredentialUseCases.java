package org.targetboard.web.registry;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.targetboard.core.access.Viewer;
import org.targetboard.registry.account.ApiCredentialRegistry;

/**
 * A statistician's API credentials, which the credentials page and the API both call: a
 * token issued once, listed without it, revoked by its owner.
 */
@Service
public class ApiCredentialUseCases {

	private final ApiCredentialRegistry credentials;

	ApiCredentialUseCases(ApiCredentialRegistry credentials) {
		this.credentials = credentials;
	}

	/** Issues a token; it is shown once and stored only as its hash. */
	public ApiCredentialRegistry.Issued issue(Viewer viewer, @Nullable String label) {
		return this.credentials.issue(viewer, label);
	}

	public List<ApiCredentialRegistry.Credential> list(Viewer viewer) {
		return this.credentials.list(viewer);
	}

	/**
	 * @return whether the viewer held a credential of that id that is now revoked
	 */
	public boolean revoke(Viewer viewer, long id) {
		return this.credentials.revoke(viewer, id);
	}

}
