package org.targetboard.web.advice;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.NotAdvised;
import org.targetboard.core.advice.AdviceOptionType;
import org.targetboard.core.advice.Referral;

/**
 * The advice composer: summary, ordered option rows and the override reason.
 */
public class AdviceForm {

	private @Nullable String summary;

	private @Nullable String overrideReason;

	private @Nullable Long lockVersion;

	private List<OptionRow> options = new ArrayList<>();

	private List<ReferralRow> referrals = new ArrayList<>();

	private List<NotAdvisedRow> notAdvised = new ArrayList<>();

	static AdviceForm of(Advice advice) {
		AdviceForm form = new AdviceForm();
		form.summary = advice.draft().summary();
		form.overrideReason = advice.draft().overrideReason();
		form.lockVersion = advice.lockVersion();
		List<AdviceOption> together = advice.draft()
			.recommendations()
			.stream()
			.filter((components) -> components.size() > 1)
			.flatMap(List::stream)
			.toList();
		for (AdviceOption option : advice.options()) {
			OptionRow row = OptionRow.of(option);
			// A number only where options are given together: a lone option's field stays
			// empty, so moving it keeps the numbering right.
			row.recommendation = together.contains(option) ? option.recommendation() : null;
			form.options.add(row);
		}
		for (Referral referral : advice.draft().referrals()) {
			ReferralRow row = new ReferralRow();
			row.subject = referral.subject();
			row.purpose = referral.purpose();
			row.destination = referral.destination();
			row.note = referral.note();
			form.referrals.add(row);
		}
		for (NotAdvised considered : advice.draft().notAdvised()) {
			form.notAdvised.add(NotAdvisedRow.of(considered));
		}
		// One empty row to add a referral without a page of its own.
		form.referrals.add(new ReferralRow());
		return form;
	}

	AdviceDraft toDraft() {
		List<AdviceOption> rows = this.options.stream()
			.map((row) -> new AdviceOption((row.type != null) ? row.type : AdviceOptionType.OFF_LABEL_TARGETED,
					(row.label != null) ? row.label : "", (row.rationale != null) ? row.rationale : "", row.evidence,
					blankToNull(row.trialId), blankToNull(row.trialArm), blankToNull(row.trialSites),
					blankToNull(row.engineOptionId), row.engineRank, row.recommendation))
			.toList();
		List<Referral> referralRows = this.referrals.stream()
			.filter((row) -> !row.isEmpty())
			.map((row) -> new Referral(row.subject, row.purpose, (row.destination != null) ? row.destination : "",
					blankToNull(row.note)))
			.toList();
		List<NotAdvised> considered = this.notAdvised.stream()
			.map((row) -> new NotAdvised(row.engineOptionId, (row.engineRank != null) ? row.engineRank : 0, row.label,
					row.reason))
			.toList();
		return new AdviceDraft(blankToNull(this.summary), rows, blankToNull(this.overrideReason), referralRows,
				considered);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public @Nullable String getSummary() {
		return this.summary;
	}

	public void setSummary(@Nullable String summary) {
		this.summary = summary;
	}

	public @Nullable String getOverrideReason() {
		return this.overrideReason;
	}

	public void setOverrideReason(@Nullable String overrideReason) {
		this.overrideReason = overrideReason;
	}

	public @Nullable Long getLockVersion() {
		return this.lockVersion;
	}

	public void setLockVersion(@Nullable Long lockVersion) {
		this.lockVersion = lockVersion;
	}

	public List<OptionRow> getOptions() {
		return this.options;
	}

	public void setOptions(List<OptionRow> options) {
		this.options = options;
	}

	/** One option row; the engine's id and rank travel in hidden fields. */
	public static class OptionRow {

		/** The option as a row, a recommendation of its own. */
		static OptionRow of(AdviceOption option) {
			OptionRow row = new OptionRow();
			row.type = option.type();
			row.label = option.label();
			row.rationale = option.rationale();
			row.evidence = option.evidence();
			row.trialId = option.trialId();
			row.trialArm = option.trialArm();
			row.trialSites = option.trialSites();
			row.engineOptionId = option.engineOptionId();
			row.engineRank = option.engineRank();
			return row;
		}

		private @Nullable AdviceOptionType type;

		private @Nullable String label;

		private @Nullable String rationale;

		private @Nullable EvidenceGrade evidence;

		private @Nullable String trialId;

		private @Nullable String trialArm;

		private @Nullable String trialSites;

		private @Nullable String engineOptionId;

		private @Nullable Integer engineRank;

		private @Nullable Integer recommendation;

		public @Nullable Integer getRecommendation() {
			return this.recommendation;
		}

		public void setRecommendation(@Nullable Integer recommendation) {
			this.recommendation = recommendation;
		}

		public @Nullable AdviceOptionType getType() {
			return this.type;
		}

		public void setType(@Nullable AdviceOptionType type) {
			this.type = type;
		}

		public @Nullable String getLabel() {
			return this.label;
		}

		public void setLabel(@Nullable String label) {
			this.label = label;
		}

		public @Nullable String getRationale() {
			return this.rationale;
		}

		public void setRationale(@Nullable String rationale) {
			this.rationale = rationale;
		}

		public @Nullable EvidenceGrade getEvidence() {
			return this.evidence;
		}

		public void setEvidence(@Nullable EvidenceGrade evidence) {
			this.evidence = evidence;
		}

		public @Nullable String getTrialId() {
			return this.trialId;
		}

		public void setTrialId(@Nullable String trialId) {
			this.trialId = trialId;
		}

		public @Nullable String getTrialArm() {
			return this.trialArm;
		}

		public void setTrialArm(@Nullable String trialArm) {
			this.trialArm = trialArm;
		}

		public @Nullable String getTrialSites() {
			return this.trialSites;
		}

		public void setTrialSites(@Nullable String trialSites) {
			this.trialSites = trialSites;
		}

		public @Nullable String getEngineOptionId() {
			return this.engineOptionId;
		}

		public void setEngineOptionId(@Nullable String engineOptionId) {
			this.engineOptionId = engineOptionId;
		}

		public @Nullable Integer getEngineRank() {
			return this.engineRank;
		}

		public void setEngineRank(@Nullable Integer engineRank) {
			this.engineRank = engineRank;
		}

	}

	public List<NotAdvisedRow> getNotAdvised() {
		return this.notAdvised;
	}

	public void setNotAdvised(List<NotAdvisedRow> notAdvised) {
		this.notAdvised = notAdvised;
	}

	/** An engine option the panel considered and does not advise, with its reason. */
	public static class NotAdvisedRow {

		private @Nullable String engineOptionId;

		private @Nullable Integer engineRank;

		private @Nullable String label;

		private @Nullable String reason;

		static NotAdvisedRow of(NotAdvised considered) {
			NotAdvisedRow row = new NotAdvisedRow();
			row.engineOptionId = considered.engineOptionId();
			row.engineRank = considered.engineRank();
			row.label = considered.label();
			row.reason = considered.reason();
			return row;
		}

		public @Nullable String getEngineOptionId() {
			return this.engineOptionId;
		}

		public void setEngineOptionId(@Nullable String engineOptionId) {
			this.engineOptionId = engineOptionId;
		}

		public @Nullable Integer getEngineRank() {
			return this.engineRank;
		}

		public void setEngineRank(@Nullable Integer engineRank) {
			this.engineRank = engineRank;
		}

		public @Nullable String getLabel() {
			return this.label;
		}

		public void setLabel(@Nullable String label) {
			this.label = label;
		}

		public @Nullable String getReason() {
			return this.reason;
		}

		public void setReason(@Nullable String reason) {
			this.reason = reason;
		}

	}

	public List<ReferralRow> getReferrals() {
		return this.referrals;
	}

	public void setReferrals(List<ReferralRow> referrals) {
		this.referrals = referrals;
	}

	/** One referral of the composer; an empty row is left out. */
	public static class ReferralRow {

		private Referral.@Nullable Subject subject;

		private Referral.@Nullable Purpose purpose;

		private @Nullable String destination;

		private @Nullable String note;

		boolean isEmpty() {
			return this.subject == null && this.purpose == null
					&& (this.destination == null || this.destination.isBlank())
					&& (this.note == null || this.note.isBlank());
		}

		public Referral.@Nullable Subject getSubject() {
			return this.subject;
		}

		public void setSubject(Referral.@Nullable Subject subject) {
			this.subject = subject;
		}

		public Referral.@Nullable Purpose getPurpose() {
			return this.purpose;
		}

		public void setPurpose(Referral.@Nullable Purpose purpose) {
			this.purpose = purpose;
		}

		public @Nullable String getDestination() {
			return this.destination;
		}

		public void setDestination(@Nullable String destination) {
			this.destination = destination;
		}

		public @Nullable String getNote() {
			return this.note;
		}

		public void setNote(@Nullable String note) {
			this.note = note;
		}

	}

}
