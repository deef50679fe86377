package org.targetboard.prioritization.rule;

import java.util.ArrayList;
import java.util.List;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.Situation;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * Response changes the board's answer for CD19-positive B-lineage disease, beyond
 * evidence level alone:
 * <ul>
 * <li>disease persisting after re-induction (refractory, M2/M3 marrow or MRD ≥ 10⁻³), a
 * second or later relapse, or relapse after HSCT is the approved indication of CD19 CAR-T
 * (tisagenlecleucel, ELIANA, up to 25 years) [S:49]: CD19 CAR-T is the strategy;</li>
 * <li>disease persisting only as MRD, or MRD re-emergence, is the approved indication of
 * blinatumomab, which in first relapse also bridged to HSCT better than chemotherapy
 * [S:50], [S:51]: blinatumomab is the strategy.</li>
 * </ul>
 * The options rank by this situation before evidence ([P] for the ordering).
 */
public final class ResponseAdaptedRule implements PriorityRule {

	@Override
	public String id() {
		return "RESPONSE_ADAPTED";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		CaseProfile profile = context.profile();
		boolean bLineage = profile.diagnosis() == Diagnosis.BCP_ALL || profile.diagnosis() == Diagnosis.B_LBL
				|| (profile.diagnosis() == Diagnosis.MPAL
						&& profile.situation().mpalLineages().contains(Situation.MpalLineage.B));
		// Measured CD19 only: an escalation is not decided on a presumed antigen.
		if (!bLineage || !context.positive("CD19", context.settings().number("cd19PositivePercent"))) {
			return List.of();
		}
		double mrd = context.settings().number("mrdAfterReinduction");
		List<RuleOutcome> outcomes = new ArrayList<>();
		if (context.mrdOnly(mrd)) {
			String situation = profile.situation().molecularRelapse() ? "MRD re-emergence (molecular relapse)"
					: "MRD persisting after re-induction (≥ 10⁻³) in morphological remission";
			support(outcomes, context, "blinatumomab", situation, "blinatumomab clears MRD and bridges to HSCT");
		}
		String indication = carTIndication(context, mrd);
		Integer age = profile.ageYears();
		if (indication != null && (age == null || age <= context.settings().number("carTMaxAgeYears"))) {
			for (OptionView option : context.options()) {
				if (option.type() == OptionType.CAR_T && option.targets("CD19")) {
					support(outcomes, context, option.id(), indication,
							"escalate to CD19 CAR-T (its approved indication)");
				}
			}
		}
		return outcomes;
	}

	private static String carTIndication(RuleContext context, double mrd) {
		CaseProfile profile = context.profile();
		if (context.persistentDisease(mrd) && !context.mrdOnly(mrd)) {
			return "Disease refractory to re-induction";
		}
		if (profile.lastHsct() != null) {
			return "Relapse after allogeneic HSCT";
		}
		if (profile.relapseNumber() >= 2) {
			return "Relapse number " + profile.relapseNumber();
		}
		if (profile.relapseNumber() == 0 && profile.refractory()) {
			return "Primary refractory disease";
		}
		return null;
	}

	private static void support(List<RuleOutcome> outcomes, RuleContext context, String optionId, String situation,
			String strategy) {
		if (context.option(optionId).isPresent()) {
			outcomes.add(new RuleOutcome.Support(optionId, RuleOutcome.Dimension.SITUATION,
					context.reason(context.settings().format("situation", situation, "strategy", strategy))));
		}
	}

}
