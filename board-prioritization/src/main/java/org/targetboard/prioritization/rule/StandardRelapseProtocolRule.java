package org.targetboard.prioritization.rule;

import java.util.List;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.prioritization.evidence.EvidenceGrade;
import org.targetboard.prioritization.evidence.EvidenceLevel;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * States whether a standard-of-care relapse protocol exists, as a target board must. For
 * a first relapse of BCP-ALL in BFM groups S1–S3, without prior HSCT and not refractory,
 * the IntReALL 2020 SR/HR arms (ALL-REZ BFM / IntReALL SR 2010 backbone) are the standard
 * [S:14], [S:16]. Group S4 (very high risk) is routed by IntReALL 2020 to personalised
 * recommendations (FEDRAL) [S:14]; second or later relapse, refractory disease and
 * relapse after HSCT have no standard in the knowledge base.
 */
public final class StandardRelapseProtocolRule implements PriorityRule {

	/** The option id of the standard protocol. */
	public static final String OPTION_ID = "STANDARD-RELAPSE-PROTOCOL";

	@Override
	public String id() {
		return "STANDARD_RELAPSE_PROTOCOL";
	}

	@Override
	public List<RuleOutcome> evaluate(RuleContext context) {
		String group = context.risk().bfmGroup();
		boolean bcp = context.profile().diagnosis() == Diagnosis.BCP_ALL;
		if (bcp && context.profile().relapseNumber() == 1 && !context.profile().refractory()
				&& context.profile().lastHsct() == null && group != null && !"S4".equals(group)) {
			String why = "Standard-of-care relapse protocol exists: BFM " + group
					+ " first relapse of BCP-ALL – treat per IntReALL 2020 " + (("S3".equals(group)) ? "HR" : "SR")
					+ " (ALL-REZ BFM / IntReALL backbone); the board advises only on questions beyond it";
			return List.of(
					new RuleOutcome.Propose(OPTION_ID, OptionType.STANDARD_RELAPSE_PROTOCOL,
							"Standard relapse protocol (IntReALL 2020 " + (("S3".equals(group)) ? "HR" : "SR")
									+ " arm)",
							new EvidenceGrade(EvidenceLevel.M1A, Set.of()), true,
							context.reason(context.settings().format("reason", why))));
		}
		String why;
		if (bcp && context.profile().relapseNumber() == 1 && group == null && !context.profile().refractory()
				&& context.profile().lastHsct() == null) {
			why = "Whether a standard relapse protocol applies cannot be told: the risk group needs "
					+ String.join(", ", context.risk().missing());
		}
		else if ("S4".equals(group)) {
			why = "No standard of care: BFM S4 (very high risk) first relapse – IntReALL 2020 routes these patients to "
					+ "personalised recommendations";
		}
		else {
			why = "No standard-of-care option identified by the knowledge base for this disease and relapse situation";
		}
		return List.of(new RuleOutcome.Note(context.reason(context.settings().format("reason", why))));
	}

}
