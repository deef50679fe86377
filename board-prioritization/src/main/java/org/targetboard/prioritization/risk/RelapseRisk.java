package org.targetboard.prioritization.risk;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.MarrowStatus;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.TreatmentLine;
import org.targetboard.prioritization.risk.RiskAssessment.RelapseTiming;

/**
 * Assigns relapse risk groups of first-relapse ALL.
 * <p>
 * BFM/IntReALL timing (domain.md 4.1; [K] for very early, [S:14b] for early and late):
 * very early &lt; 18 months after diagnosis and &lt; 6 months after the end of front-line
 * therapy; early ≥ 18 months after diagnosis and &lt; 6 months after the end of therapy;
 * late ≥ 6 months after the end of therapy. Strategic groups S1–S4 from immunophenotype,
 * site and timing (domain.md 4.2, [S:16], table structure [K]).
 * <p>
 * NCT05827549 (domain.md 4.4, [S:15]): for a first relapse involving marrow, without
 * prior HSCT or blinatumomab: B-lineage late (≥ 1 year after end of treatment) with
 * end-of-induction MRD &lt; 0.01 % is SR; B-lineage with end-of-induction marrow ≥ M2 is
 * VHR (checked before HR); otherwise HR; T-lineage marrow relapse is HR.
 */
public final class RelapseRisk {

	private static final int VERY_EARLY_MONTHS_AFTER_DIAGNOSIS = 18;

	private static final int MONTHS_AFTER_END_OF_THERAPY = 6;

	private static final double MRD_NEGATIVE = 1e-4;

	private RelapseRisk() {
	}

	public static RiskAssessment assess(CaseProfile profile) {
		List<String> explanation = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		Diagnosis.Lineage lineage = profile.diagnosis().lineage();
		boolean all = lineage == Diagnosis.Lineage.B_CELL || lineage == Diagnosis.Lineage.T_CELL;
		if (!all || profile.diagnosis() == Diagnosis.ALCL) {
			explanation.add("Relapse risk groups S1–S4 are defined for ALL only; not applicable to "
					+ profile.diagnosis().name().replace('_', '-'));
			return new RiskAssessment(null, null, null, explanation, missing);
		}
		if (profile.relapseNumber() != 1) {
			explanation.add((profile.relapseNumber() == 0)
					? "Primary refractory disease: first-relapse risk groups do not apply"
					: "Relapse number " + profile.relapseNumber()
							+ ": first-relapse risk groups do not apply (second or later relapse)");
			return new RiskAssessment(null, null, null, explanation, missing);
		}
		RelapseTiming timing = timing(profile, explanation, missing);
		if (profile.site() == null) {
			missing.add("site");
		}
		String bfm = (timing != null && profile.site() != null) ? bfmGroup(lineage, profile.site(), timing) : null;
		if (bfm != null) {
			explanation.add("BFM/IntReALL " + bfm + ": " + lineageWord(lineage) + ", "
					+ profile.site().name().toLowerCase().replace('_', ' ') + ", " + timing.name().toLowerCase()
					+ " relapse");
		}
		String korean = nct05827549(profile, lineage, explanation, missing);
		return new RiskAssessment(timing, bfm, korean, explanation, missing.stream().distinct().toList());
	}

	private static @Nullable RelapseTiming timing(CaseProfile profile, List<String> explanation, List<String> missing) {
		LocalDate relapse = profile.relapseDate();
		LocalDate diagnosis = profile.diagnosisDate();
		LocalDate endOfTherapy = profile.frontlineEndDate();
		if (relapse == null) {
			missing.add("relapseDate");
		}
		if (endOfTherapy == null) {
			missing.add("frontlineEndDate");
		}
		if (relapse == null || endOfTherapy == null) {
			return null;
		}
		long monthsAfterEnd = months(endOfTherapy, relapse);
		if (monthsAfterEnd >= MONTHS_AFTER_END_OF_THERAPY) {
			explanation.add("Late relapse: " + monthsAfterEnd + " months after the end of front-line therapy (≥ 6)");
			return RelapseTiming.LATE;
		}
		if (diagnosis == null) {
			missing.add("diagnosisDate");
			return null;
		}
		long monthsAfterDiagnosis = months(diagnosis, relapse);
		RelapseTiming timing = (monthsAfterDiagnosis < VERY_EARLY_MONTHS_AFTER_DIAGNOSIS) ? RelapseTiming.VERY_EARLY
				: RelapseTiming.EARLY;
		explanation
			.add(((timing == RelapseTiming.VERY_EARLY) ? "Very early" : "Early") + " relapse: " + monthsAfterDiagnosis
					+ " months after diagnosis, " + monthsAfterEnd + " months after the end of front-line therapy");
		return timing;
	}

	/** The BFM strategic group table of domain.md 4.2. */
	static String bfmGroup(Diagnosis.Lineage lineage, RelapseSite site, RelapseTiming timing) {
		if (lineage == Diagnosis.Lineage.T_CELL) {
			return (site == RelapseSite.ISOLATED_EXTRAMEDULLARY) ? ((timing == RelapseTiming.LATE) ? "S1" : "S2")
					: "S4";
		}
		return switch (site) {
			case ISOLATED_EXTRAMEDULLARY -> (timing == RelapseTiming.LATE) ? "S1" : "S2";
			case COMBINED -> (timing == RelapseTiming.VERY_EARLY) ? "S4" : "S2";
			case ISOLATED_MARROW -> switch (timing) {
				case VERY_EARLY -> "S4";
				case EARLY -> "S3";
				case LATE -> "S2";
			};
		};
	}

	private static @Nullable String nct05827549(CaseProfile profile, Diagnosis.Lineage lineage,
			List<String> explanation, List<String> missing) {
		if (profile.site() == RelapseSite.ISOLATED_EXTRAMEDULLARY) {
			explanation.add("NCT05827549 rule not applicable: isolated extramedullary relapse");
			return null;
		}
		if (profile.lastHsct() != null || profile.hadAgent("blinatumomab"::equals)) {
			explanation.add("NCT05827549 rule not applicable: prior HSCT or blinatumomab");
			return null;
		}
		if (profile.site() == null) {
			return null;
		}
		if (lineage == Diagnosis.Lineage.T_CELL) {
			explanation.add("NCT05827549 HR: T-lineage marrow or combined relapse");
			return "HR";
		}
		if (profile.endOfInductionMarrow() != null && profile.endOfInductionMarrow() != MarrowStatus.M1) {
			explanation.add("NCT05827549 VHR: B-lineage marrow relapse with end-of-induction marrow "
					+ profile.endOfInductionMarrow());
			return "VHR";
		}
		boolean lateOneYear = profile.frontlineEndDate() != null && profile.relapseDate() != null
				&& months(profile.frontlineEndDate(), profile.relapseDate()) >= 12;
		if (profile.mrdEndOfInduction() == null || profile.endOfInductionMarrow() == null) {
			if (profile.mrdEndOfInduction() == null) {
				missing.add("mrdEndOfInduction");
			}
			if (profile.endOfInductionMarrow() == null) {
				missing.add("endOfInductionMarrow");
			}
			explanation.add("NCT05827549 group not assigned: end-of-induction marrow and MRD are needed");
			return null;
		}
		if (lateOneYear && profile.mrdEndOfInduction() < MRD_NEGATIVE) {
			explanation.add("NCT05827549 SR: late (≥ 1 year after end of treatment) B-lineage relapse with "
					+ "end-of-induction MRD < 0.01 %");
			return "SR";
		}
		explanation.add("NCT05827549 HR: B-lineage marrow relapse, neither SR nor VHR");
		return "HR";
	}

	private static String lineageWord(Diagnosis.Lineage lineage) {
		return (lineage == Diagnosis.Lineage.T_CELL) ? "T-lineage" : "B-lineage";
	}

	static long months(LocalDate from, LocalDate to) {
		return Period.between(from, to).toTotalMonths();
	}

	/** Whether the history contains an entry of this kind. */
	static boolean had(CaseProfile profile, TreatmentLine.Kind kind) {
		return profile.history().stream().anyMatch((line) -> line.kind() == kind);
	}

}
