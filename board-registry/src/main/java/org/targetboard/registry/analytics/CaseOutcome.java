package org.targetboard.registry.analytics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.VitalStatus;

/**
 * One advised case as the outcome measures see it (definitions in
 * {@code docs/registry.md}).
 *
 * @param pseudonym the case's pseudonym
 * @param centre its centre
 * @param diagnosis its diagnosis
 * @param enrolled the day it was first submitted; unknown for a case registered after its
 * advice
 * @param advised the day its first advice was issued (time zero of OS and EFS)
 * @param followUps the number of follow-up reports
 * @param followed the first report's answer to "advice followed"
 * @param therapyStart the earliest therapy start reported
 * @param response the first reported response after cycle 1
 * @param targeted whether an advised targeted agent (off-label or compassionate use) was
 * given
 * @param deathDate the date of death
 * @param lastContact the latest date of last contact
 * @param efsEventDate the earliest event-free-survival event: relapse or progression,
 * treatment failure after cycle 1 (dated at therapy start), or death
 * @param vitalStatus vital status at last contact; absent without any report or event
 * @param causeOfDeath the cause of death
 */
public record CaseOutcome(String pseudonym, CentreCode centre, @Nullable Diagnosis diagnosis,
		@Nullable LocalDate enrolled, LocalDate advised, int followUps, @Nullable AdviceFollowed followed,
		@Nullable LocalDate therapyStart, @Nullable ResponseCategory response, boolean targeted,
		@Nullable LocalDate deathDate, @Nullable LocalDate lastContact, @Nullable LocalDate efsEventDate,
		@Nullable VitalStatus vitalStatus, @Nullable CauseOfDeath causeOfDeath) {

}
