package org.targetboard.web.followup;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.followup.InvalidFollowUpException;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.MrdValue;

/**
 * A follow-up report as JSON (the API, and each follow-up row of an import); absent flags
 * are false except {@code alive}, which defaults to true; MRD is a notation such as
 * {@code <0.01%}.
 */
public record FollowUpRequest(@Nullable LocalDate dueDate, @Nullable AdviceFollowed adviceFollowed,
		@Nullable TherapyGiven therapyGiven, @Nullable Integer advisedOption, @Nullable LocalDate therapyStart,
		@Nullable ReasonCode reason, @Nullable String reasonText, @Nullable ResponseCategory response,
		@Nullable String mrdAfterCycle1, @Nullable Boolean hsct, @Nullable LocalDate hsctDate, @Nullable Boolean carT,
		@Nullable LocalDate carTDate, @Nullable Boolean relapse, @Nullable LocalDate relapseDate,
		@Nullable Boolean alive, @Nullable LocalDate deathDate, @Nullable CauseOfDeath causeOfDeath,
		@Nullable LocalDate lastContact, @Nullable Boolean lostToFollowUp, @Nullable List<Integer> componentsGiven) {

	public FollowUpReport toReport() {
		MrdValue mrd = null;
		if (this.mrdAfterCycle1 != null && !this.mrdAfterCycle1.isBlank()) {
			try {
				mrd = MrdValue.parse(this.mrdAfterCycle1);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidFollowUpException(List.of(new IntakeProblem("mrdAfterCycle1", "mrd",
						"must be an MRD level such as 0.01%, <0.01% or 1e-4")));
			}
		}
		if (this.dueDate == null) {
			throw new InvalidFollowUpException(List.of(new IntakeProblem("dueDate", "required", "is required")));
		}
		return new FollowUpReport(this.dueDate, this.adviceFollowed, this.therapyGiven, this.advisedOption,
				this.therapyStart, this.reason, this.reasonText, this.response, mrd, Boolean.TRUE.equals(this.hsct),
				this.hsctDate, Boolean.TRUE.equals(this.carT), this.carTDate, Boolean.TRUE.equals(this.relapse),
				this.relapseDate, this.alive == null || this.alive, this.deathDate, this.causeOfDeath, this.lastContact,
				Boolean.TRUE.equals(this.lostToFollowUp),
				(this.componentsGiven != null) ? this.componentsGiven : List.of());
	}

}
