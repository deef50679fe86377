package org.targetboard.web.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.OutcomeEvent;
import org.targetboard.core.followup.TherapyGiven;

/**
 * The form of an outcome event, turned into an {@link OutcomeEvent} whose rules give the
 * field errors.
 */
public class OutcomeEventForm {

	private OutcomeEvent.@Nullable Kind kind;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate occurredOn;

	private @Nullable CauseOfDeath causeOfDeath;

	private @Nullable TherapyGiven therapyGiven;

	private @Nullable Integer advisedOption;

	OutcomeEvent toEvent() {
		return new OutcomeEvent(this.kind, this.occurredOn, this.causeOfDeath, this.therapyGiven, this.advisedOption);
	}

	public OutcomeEvent.@Nullable Kind getKind() {
		return this.kind;
	}

	public void setKind(OutcomeEvent.@Nullable Kind kind) {
		this.kind = kind;
	}

	public @Nullable LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(@Nullable LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public @Nullable CauseOfDeath getCauseOfDeath() {
		return this.causeOfDeath;
	}

	public void setCauseOfDeath(@Nullable CauseOfDeath causeOfDeath) {
		this.causeOfDeath = causeOfDeath;
	}

	public @Nullable TherapyGiven getTherapyGiven() {
		return this.therapyGiven;
	}

	public void setTherapyGiven(@Nullable TherapyGiven therapyGiven) {
		this.therapyGiven = therapyGiven;
	}

	public @Nullable Integer getAdvisedOption() {
		return this.advisedOption;
	}

	public void setAdvisedOption(@Nullable Integer advisedOption) {
		this.advisedOption = advisedOption;
	}

}
