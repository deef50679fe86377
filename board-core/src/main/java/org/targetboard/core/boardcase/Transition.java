package org.targetboard.core.boardcase;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcome of asking the {@link CaseLifecycle} whether an action applies: allowed with
 * its target state, or refused with a reason.
 */
public sealed interface Transition {

	/** The state the case is in. */
	CaseStatus from();

	/** The requested action. */
	CaseAction action();

	/**
	 * The action applies.
	 *
	 * @param to the state the case moves to
	 */
	record Allowed(CaseStatus from, CaseAction action, CaseStatus to) implements Transition {
	}

	/**
	 * The action does not apply to the current state.
	 *
	 * @param allowedFrom the states from which the action would apply
	 */
	record Refused(CaseStatus from, CaseAction action, Set<CaseStatus> allowedFrom) implements Transition {

		/**
		 * A reason in plain words, without any patient data.
		 */
		public String reason() {
			return "%s is not possible for a case in status %s; it applies only to a case in status %s".formatted(
					this.action, this.from,
					this.allowedFrom.stream().sorted().map(CaseStatus::name).collect(Collectors.joining(" or ")));
		}

	}

}
