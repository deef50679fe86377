package org.targetboard.core.boardcase;

import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.centre.CentreCode;

/**
 * Fixtures shared with the other modules' tests through the core test-jar.
 */
public final class TestCases {

	public static final CentreCode NL = new CentreCode("NL");

	public static final CentreCode ES = new CentreCode("ES");

	private TestCases() {
	}

	/**
	 * A first very early BCP-ALL relapse in a 9-year-old: the commonest board question.
	 */
	public static CaseSummary bcpAllFirstRelapse() {
		return new CaseSummary(Diagnosis.BCP_ALL, 1, 9, 4, "Options after failure of relapse induction?");
	}

	public static Viewer coordinator(CentreCode centre) {
		return new Viewer("coordinator-" + centre.value().toLowerCase(), Role.COORDINATOR, centre);
	}

	public static Viewer boardUser(Role role) {
		return new Viewer(role.name().toLowerCase(), role, null);
	}

}
