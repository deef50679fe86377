package org.targetboard.core.advice;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;

/**
 * What the chair composes: a summary, the ordered options, the reason for any departure
 * from the engine's order, referrals, and the engine's options the panel considered and
 * did not advise.
 *
 * @param summary the board's summary of the case and its advice
 * @param options the advised options, first advised first
 * @param overrideReason why the panel departs from the engine's order, if it does
 * @param referrals the patient's or samples' referrals the board advises
 * @param notAdvised the engine's options considered and not advised, in the engine's
 * order, each with the panel's reason
 */
public record AdviceDraft(@Nullable String summary, List<AdviceOption> options, @Nullable String overrideReason,
		List<Referral> referrals, List<NotAdvised> notAdvised) {

	/** The longest summary, rationale or reason. */
	public static final int MAX_TEXT = 4000;

	/** The longest option label. */
	public static final int MAX_LABEL = 300;

	/** ClinicalTrials.gov identifier. */
	private static final Pattern NCT = Pattern.compile("NCT\\d{8}");

	/**
	 * EU CT number (CTIS), e.g. 2023-503742-39-00, or a EudraCT number, e.g.
	 * 2016-004674-17.
	 */
	private static final Pattern EU_CT = Pattern.compile("\\d{4}-\\d{6}-\\d{2}(-\\d{2})?");

	public AdviceDraft {
		// Every option gets its recommendation's number: an option without one is a
		// recommendation of its own, after the one before it.
		List<AdviceOption> numbered = new ArrayList<>();
		int previous = 0;
		for (AdviceOption option : options) {
			int number = (option.recommendation() != null) ? option.recommendation() : previous + 1;
			numbered.add((option.recommendation() != null) ? option : option.inRecommendation(number));
			previous = number;
		}
		options = List.copyOf(numbered);
		referrals = List.copyOf((referrals != null) ? referrals : List.of());
		notAdvised = List.copyOf((notAdvised != null) ? notAdvised : List.of());
	}

	/** An advice without referrals. */
	public AdviceDraft(@Nullable String summary, List<AdviceOption> options, @Nullable String overrideReason) {
		this(summary, options, overrideReason, List.of());
	}

	/** An advice that lists no option as considered and not advised. */
	public AdviceDraft(@Nullable String summary, List<AdviceOption> options, @Nullable String overrideReason,
			List<Referral> referrals) {
		this(summary, options, overrideReason, referrals, List.of());
	}

	/**
	 * The recommendations in order, each with its components given together, in the order
	 * of the options.
	 */
	public List<List<AdviceOption>> recommendations() {
		java.util.Map<Integer, List<AdviceOption>> groups = new java.util.TreeMap<>();
		for (AdviceOption option : this.options) {
			groups.computeIfAbsent(option.recommendation(), (n) -> new ArrayList<>()).add(option);
		}
		return List.copyOf(groups.values());
	}

	/**
	 * Whether the draft departs from the engine's order. It follows the engine when its
	 * first options are the engine's options from rank 1 on, in the engine's order;
	 * options the panel adds may follow them. Reordering, leaving out an engine option
	 * while keeping a lower one, or putting another option above them is a departure
	 * (domain.md 8.7: "panel override stored with reason"). When the engine ranked
	 * options, the advice starts with its first.
	 * @param engineOptions how many options the engine ranked
	 */
	public boolean departsFromEngine(int engineOptions) {
		if (engineOptions > 0
				&& (this.options.isEmpty() || !Integer.valueOf(1).equals(this.options.get(0).engineRank()))) {
			return true;
		}
		int expected = 1;
		boolean added = false;
		for (AdviceOption option : this.options) {
			if (option.engineRank() == null) {
				added = true;
			}
			else if (added || option.engineRank() != expected) {
				return true;
			}
			else {
				expected++;
			}
		}
		return false;
	}

	/**
	 * The rules of an advice ready to be signed, each tied to its field
	 * ({@code options[1].trialId}, {@code overrideReason}).
	 * @param engineOptions how many options the engine ranked
	 */
	public List<IntakeProblem> check(int engineOptions) {
		List<IntakeProblem> problems = new ArrayList<>();
		if (this.options.isEmpty()) {
			problems.add(new IntakeProblem("options", "noOptions", "must contain at least one option"));
		}
		text(problems, "summary", this.summary, false);
		for (int i = 0; i < this.options.size(); i++) {
			AdviceOption option = this.options.get(i);
			String at = "options[" + i + "].";
			if (option.type() == null) {
				problems.add(new IntakeProblem(at + "type", "required", "is required"));
			}
			if (option.label().isBlank()) {
				problems.add(new IntakeProblem(at + "label", "required", "is required"));
			}
			else if (option.label().length() > MAX_LABEL) {
				problems.add(new IntakeProblem(at + "label", "tooLong", "must be at most " + MAX_LABEL + " characters",
						List.of(Integer.toString(MAX_LABEL))));
			}
			text(problems, at + "rationale", option.rationale(), true);
			if (option.type() == AdviceOptionType.TRIAL) {
				if (option.trialId() == null || option.trialId().isBlank()) {
					problems.add(new IntakeProblem(at + "trialId", "trialIdRequired",
							"is required for a trial: its NCT or EU CT number, or TBC while it is not known"));
				}
				else if (!option.trialNumberToBeConfirmed() && !NCT.matcher(option.trialId()).matches()
						&& !EU_CT.matcher(option.trialId()).matches()) {
					problems.add(new IntakeProblem(at + "trialId", "trialId",
							"must be an NCT number (NCT12345678), an EU CT number (2023-501234-12-00), or TBC while it is not known"));
				}
			}
		}
		int previous = 0;
		for (int i = 0; i < this.options.size(); i++) {
			int number = java.util.Objects.requireNonNull(this.options.get(i).recommendation());
			if (number != previous && number != previous + 1) {
				// Components of one recommendation stand together, and recommendations
				// are numbered 1, 2, 3 in order.
				problems.add(new IntakeProblem("options[" + i + "].recommendation", "recommendationOrder",
						"must be the number of the recommendation above (given together) or the next number"));
			}
			previous = Math.max(previous, number);
		}
		if (!this.options.isEmpty() && departsFromEngine(engineOptions)
				&& (this.overrideReason == null || this.overrideReason.isBlank())) {
			problems.add(new IntakeProblem("overrideReason", "overrideReasonRequired",
					"is required: the advice departs from the engine's order"));
		}
		text(problems, "overrideReason", this.overrideReason, false);
		for (int i = 0; i < this.referrals.size(); i++) {
			Referral referral = this.referrals.get(i);
			String at = "referrals[" + i + "].";
			if (referral.subject() == null) {
				problems.add(new IntakeProblem(at + "subject", "required", "is required"));
			}
			if (referral.purpose() == null) {
				problems.add(new IntakeProblem(at + "purpose", "required", "is required"));
			}
			if (referral.destination().isBlank()) {
				problems.add(new IntakeProblem(at + "destination", "required", "is required"));
			}
			else if (referral.destination().length() > Referral.MAX_DESTINATION) {
				problems.add(new IntakeProblem(at + "destination", "tooLong",
						"must be at most " + Referral.MAX_DESTINATION + " characters",
						List.of(Integer.toString(Referral.MAX_DESTINATION))));
			}
			if (referral.note() != null && referral.note().length() > Referral.MAX_NOTE) {
				problems.add(new IntakeProblem(at + "note", "tooLong",
						"must be at most " + Referral.MAX_NOTE + " characters",
						List.of(Integer.toString(Referral.MAX_NOTE))));
			}
			if (referral.purpose() == Referral.Purpose.OTHER
					&& (referral.note() == null || referral.note().isBlank())) {
				problems.add(new IntakeProblem(at + "note", "referralPurposeRequired", "must name the purpose"));
			}
		}
		java.util.Set<String> advised = new java.util.HashSet<>();
		this.options.forEach((option) -> advised.add(option.engineOptionId()));
		for (int i = 0; i < this.notAdvised.size(); i++) {
			NotAdvised option = this.notAdvised.get(i);
			String at = "notAdvised[" + i + "].";
			if (option.engineOptionId().isBlank() || option.label().isBlank() || option.label().length() > MAX_LABEL) {
				problems.add(new IntakeProblem(at + "label", "notAnEngineOption",
						"must be an option of the engine's ranking"));
			}
			else if (advised.contains(option.engineOptionId())) {
				problems.add(new IntakeProblem(at + "label", "advisedAndNotAdvised",
						"is advised and cannot also be listed as not advised"));
			}
			text(problems, at + "reason", option.reason(), false);
		}
		return problems;
	}

	private static void text(List<IntakeProblem> problems, String field, @Nullable String value, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new IntakeProblem(field, "required", "is required"));
			}
		}
		else if (value.length() > MAX_TEXT) {
			problems.add(new IntakeProblem(field, "tooLong", "must be at most " + MAX_TEXT + " characters",
					List.of(Integer.toString(MAX_TEXT))));
		}
	}

}
