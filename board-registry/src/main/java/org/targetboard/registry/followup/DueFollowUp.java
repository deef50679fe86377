package org.targetboard.registry.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Pseudonym;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * A follow-up that is due soon or overdue, for a centre's worklist.
 *
 * @param caseId the case
 * @param pseudonym its pseudonym
 * @param centre its centre
 * @param hospital its treating hospital, if the centre does not treat it itself
 * @param dueDate when the follow-up is due
 * @param overdue whether the due date has passed
 * @param registeredOn the day the first advice was signed here
 */
public record DueFollowUp(PublicCaseId caseId, Pseudonym pseudonym, CentreCode centre, @Nullable HospitalCode hospital,
		LocalDate dueDate, boolean overdue, LocalDate registeredOn) {

	/**
	 * Whether an overdue follow-up is reminded by mail: not for due dates that passed
	 * before the advice was registered here (a board's history, registered
	 * retrospectively), which the worklist shows as overdue all the same.
	 */
	public boolean remindable() {
		return this.overdue && !this.dueDate.isBefore(this.registeredOn);
	}

}
