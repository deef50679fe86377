package org.targetboard.prioritization.rule;

import java.util.List;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * States whether a standard-of-care relapse protocol exists, as a target board must. A
 * first relapse that is not refractory, without prior HSCT, has one:
 * <ul>
 * <li>ALL in BFM groups S1–S3: the IntReALL 2020 SR/HR arms on the ALL-REZ BFM / IntReALL
 * SR 2010 backbone [S:14], [S:16];</li>
 * <li>ALL in BFM group S4 (very early B-lineage marrow relapse, any T-lineage marrow
 * relapse): high-risk re-induction blocks (IntReALL HR / ALL-REZ BFM 2002 S3/S4, COG
 * AALL1331 high-risk arm) followed by allogeneic HSCT in second remission [S:14], [S:51],
 * [S:54];</li>
 * <li>AML: FLAG-based re-induction (with liposomal daunorubicin) followed by HSCT
 * (Relapsed AML 2001/01) [S:57];</li>
 * <li>ALCL: the ALCL-Relapse trial's strata, by progression on therapy and CD3
 * [S:60].</li>
 * </ul>
 * Second or later relapse, refractory disease, relapse after HSCT and molecular relapse
 * have no standard in the knowledge base: they are what the board is for.
 */
public final class StandardRelapseProtocolRule implements PriorityRule {

	/** The option id of the standard protocol. */
	public static final String OPTION_ID = "STANDARD-RELAPSE-PROTOCOL";

	private static final Set<Diagnosis> ALL = Set.of(Diagnosis.BCP_ALL, Diagnosis.T_ALL, Diagnosis.ETP_ALL);

	@Override
	public String id() {
		return "STANDARD_RELAPSE_PROTOCOL";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		CaseProfile profile = context.profile();
		String group = context.risk().bfmGroup();
		boolean firstRelapse = profile.relapseNumber() == 1 && !profile.refractory() && profile.lastHsct() == null
				&& !profile.situation().molecularRelapse();
		if (firstRelapse && ALL.contains(profile.diagnosis()) && group != null) {
			boolean veryHigh = "S4".equals(group);
			String arm = veryHigh ? "high-risk re-induction blocks, then allogeneic HSCT in second remission"
					: "IntReALL 2020 " + (("S3".equals(group)) ? "HR" : "SR") + " arm";
			String why = "Standard-of-care relapse protocol exists: BFM " + group + " first relapse of "
					+ context.disease() + " – treat per "
					+ (veryHigh
							? "the high-risk relapse protocol (IntReALL HR / ALL-REZ BFM 2002 S3/S4 blocks, COG "
									+ "AALL1331 high-risk arm) followed by allogeneic HSCT"
							: arm + " (ALL-REZ BFM / IntReALL backbone)")
					+ "; the board advises on questions beyond it";
			return List.of(propose(context, "Standard relapse protocol (" + arm + ")", why));
		}
		if (firstRelapse && profile.diagnosis() == Diagnosis.ALCL) {
			String alcl = alcl(context);
			if (alcl != null) {
				return List.of(propose(context,
						alcl.startsWith("Re-induction")
								? "Standard relapse protocol (re-induction, then allogeneic HSCT)"
								: "Standard relapse protocol (vinblastine monotherapy for 24 months)",
						"Standard-of-care relapse " + "protocol exists (ALCL-Relapse trial): " + alcl));
			}
		}
		if (firstRelapse && profile.diagnosis() == Diagnosis.AML) {
			return List.of(propose(context,
					"Standard relapse protocol (FLAG-based re-induction with liposomal daunorubicin, then HSCT)",
					"Standard-of-care relapse protocol exists: first relapse of AML – FLAG-based re-induction "
							+ "(with liposomal daunorubicin) followed by allogeneic HSCT (Relapsed AML 2001/01)"));
		}
		String why;
		if (firstRelapse && ALL.contains(profile.diagnosis())) {
			why = "Whether a standard relapse protocol applies cannot be told: the risk group needs "
					+ String.join(", ", context.risk().missing());
		}
		else if (profile.refractory()) {
			why = "No standard of care: refractory disease – the board's options are escalation (immunotherapy, "
					+ "cellular therapy, trials)";
		}
		else if (profile.lastHsct() != null) {
			why = "No standard of care: relapse after allogeneic HSCT";
		}
		else if (profile.situation().molecularRelapse()) {
			why = "No standard of care: molecular relapse (MRD re-emergence) – confirm and decide on pre-emptive "
					+ "therapy";
		}
		else if (profile.relapseNumber() >= 2) {
			why = "No standard of care: relapse number " + profile.relapseNumber();
		}
		else {
			why = "No standard-of-care option identified by the knowledge base for this disease and relapse situation";
		}
		return List.of(new RuleOutcome.Note(context.reason(context.settings().format("reason", why))));
	}

	/**
	 * The ALCL-Relapse trial's strata [S:60]: progression on front-line therapy or a
	 * CD3-positive relapse → re-induction and allogeneic HSCT; a CD3-negative relapse →
	 * vinblastine monotherapy. Without CD3 the stratum cannot be told.
	 */
	static String alcl(RuleContext context) {
		CaseProfile profile = context.profile();
		boolean cd3Measured = context.marker("CD3").isPresent();
		boolean cd3Positive = context.positive("CD3", 20);
		if (profile.situation().relapseOnTherapy()) {
			return "Re-induction, then allogeneic HSCT: progression or relapse during front-line therapy (very high "
					+ "risk)";
		}
		if (cd3Positive) {
			return "Re-induction, then allogeneic HSCT: CD3-positive relapse (high risk)";
		}
		if (cd3Measured) {
			return "Vinblastine monotherapy for 24 months: CD3-negative relapse after front-line therapy";
		}
		return null;
	}

	private static RuleOutcome propose(RuleContext context, String label, String why) {
		return new RuleOutcome.Propose(OPTION_ID, OptionType.STANDARD_RELAPSE_PROTOCOL, label,
				new EvidenceGrade(EvidenceLevel.M1A, Set.of()), true,
				context.reason(context.settings().format("reason", why)));
	}

}
