package org.targetboard.web.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.targetboard.core.followup.AdviceFollowed;
import org.targetboard.core.followup.CauseOfDeath;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.followup.ReasonCode;
import org.targetboard.core.followup.ResponseCategory;
import org.targetboard.core.followup.TherapyGiven;
import org.targetboard.core.intake.MrdValue;

/**
 * The follow-up form, turned into a {@link FollowUpReport} whose rules give the field
 * errors.
 */
public class FollowUpForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dueDate;

	private @Nullable AdviceFollowed adviceFollowed;

	private @Nullable TherapyGiven therapyGiven;

	private @Nullable Integer advisedOption;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate therapyStart;

	private @Nullable ReasonCode reason;

	private @Nullable String reasonText;

	private @Nullable ResponseCategory response;

	private @Nullable String mrdAfterCycle1;

	private boolean hsct;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate hsctDate;

	private boolean carT;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate carTDate;

	private boolean relapse;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate relapseDate;

	private boolean died;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate deathDate;

	private @Nullable CauseOfDeath causeOfDeath;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate lastContact;

	private boolean lostToFollowUp;

	/** Components ticked, as recommendation and component: {@code 1.2}. */
	private List<String> componentsGiven = new ArrayList<>();

	/** The report, or {@code null} with field errors when a value cannot be read. */
	@Nullable FollowUpReport toReport(Errors errors) {
		MrdValue mrd = null;
		if (this.mrdAfterCycle1 != null && !this.mrdAfterCycle1.isBlank()) {
			try {
				mrd = MrdValue.parse(this.mrdAfterCycle1);
			}
			catch (IllegalArgumentException ex) {
				errors.rejectValue("mrdAfterCycle1", "profile.mrd");
			}
		}
		if (this.dueDate == null) {
			errors.rejectValue("dueDate", "problem.required");
		}
		if (errors.hasErrors() || this.dueDate == null) {
			return null;
		}
		return new FollowUpReport(this.dueDate, this.adviceFollowed, this.therapyGiven, this.advisedOption,
				this.therapyStart, this.reason, this.reasonText, this.response, mrd, this.hsct, this.hsctDate,
				this.carT, this.carTDate, this.relapse, this.relapseDate, !this.died, this.deathDate, this.causeOfDeath,
				this.lastContact, this.lostToFollowUp, components());
	}

	// The components ticked under the recommendation given; one ticked under another
	// recommendation is kept as a number no recommendation has, so the report's rule
	// refuses it on its field instead of it being dropped.
	private List<Integer> components() {
		List<Integer> given = new ArrayList<>();
		for (String ticked : this.componentsGiven) {
			String[] parts = ticked.split("\\.");
			if (parts.length != 2 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{1,2}")) {
				continue;
			}
			given.add(parts[0].equals(String.valueOf(this.advisedOption)) ? Integer.parseInt(parts[1]) : 0);
		}
		return given;
	}

	public List<String> getComponentsGiven() {
		return this.componentsGiven;
	}

	public void setComponentsGiven(List<String> componentsGiven) {
		this.componentsGiven = componentsGiven;
	}

	public @Nullable LocalDate getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(@Nullable LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public @Nullable AdviceFollowed getAdviceFollowed() {
		return this.adviceFollowed;
	}

	public void setAdviceFollowed(@Nullable AdviceFollowed adviceFollowed) {
		this.adviceFollowed = adviceFollowed;
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

	public @Nullable LocalDate getTherapyStart() {
		return this.therapyStart;
	}

	public void setTherapyStart(@Nullable LocalDate therapyStart) {
		this.therapyStart = therapyStart;
	}

	public @Nullable ReasonCode getReason() {
		return this.reason;
	}

	public void setReason(@Nullable ReasonCode reason) {
		this.reason = reason;
	}

	public @Nullable String getReasonText() {
		return this.reasonText;
	}

	public void setReasonText(@Nullable String reasonText) {
		this.reasonText = reasonText;
	}

	public @Nullable ResponseCategory getResponse() {
		return this.response;
	}

	public void setResponse(@Nullable ResponseCategory response) {
		this.response = response;
	}

	public @Nullable String getMrdAfterCycle1() {
		return this.mrdAfterCycle1;
	}

	public void setMrdAfterCycle1(@Nullable String mrdAfterCycle1) {
		this.mrdAfterCycle1 = mrdAfterCycle1;
	}

	public boolean isHsct() {
		return this.hsct;
	}

	public void setHsct(boolean hsct) {
		this.hsct = hsct;
	}

	public @Nullable LocalDate getHsctDate() {
		return this.hsctDate;
	}

	public void setHsctDate(@Nullable LocalDate hsctDate) {
		this.hsctDate = hsctDate;
	}

	public boolean isCarT() {
		return this.carT;
	}

	public void setCarT(boolean carT) {
		this.carT = carT;
	}

	public @Nullable LocalDate getCarTDate() {
		return this.carTDate;
	}

	public void setCarTDate(@Nullable LocalDate carTDate) {
		this.carTDate = carTDate;
	}

	public boolean isRelapse() {
		return this.relapse;
	}

	public void setRelapse(boolean relapse) {
		this.relapse = relapse;
	}

	public @Nullable LocalDate getRelapseDate() {
		return this.relapseDate;
	}

	public void setRelapseDate(@Nullable LocalDate relapseDate) {
		this.relapseDate = relapseDate;
	}

	public boolean isDied() {
		return this.died;
	}

	public void setDied(boolean died) {
		this.died = died;
	}

	public @Nullable LocalDate getDeathDate() {
		return this.deathDate;
	}

	public void setDeathDate(@Nullable LocalDate deathDate) {
		this.deathDate = deathDate;
	}

	public @Nullable CauseOfDeath getCauseOfDeath() {
		return this.causeOfDeath;
	}

	public void setCauseOfDeath(@Nullable CauseOfDeath causeOfDeath) {
		this.causeOfDeath = causeOfDeath;
	}

	public @Nullable LocalDate getLastContact() {
		return this.lastContact;
	}

	public void setLastContact(@Nullable LocalDate lastContact) {
		this.lastContact = lastContact;
	}

	public boolean isLostToFollowUp() {
		return this.lostToFollowUp;
	}

	public void setLostToFollowUp(boolean lostToFollowUp) {
		this.lostToFollowUp = lostToFollowUp;
	}

}
