package org.targetboard.prioritization.rule;

import org.targetboard.prioritization.Reason;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * What a rule concludes. The engine applies outcomes in rule order; every outcome carries
 * the reason shown to the board.
 */
public sealed interface RuleOutcome {

	/** The reason shown. */
	Reason reason();

	/** Where a penalty or support counts in the ranking. */
	enum Dimension {

		FEASIBILITY, SITUATION, FUNCTIONAL, INTENT

	}

	/** Remove the option from the ranking; it is listed as excluded with the reason. */
	record Exclude(String optionId, Reason reason) implements RuleOutcome {
	}

	/** Keep the option but rank it lower on one criterion. */
	record Penalise(String optionId, Dimension dimension, Reason reason) implements RuleOutcome {
	}

	/** Rank the option higher on one criterion. */
	record Support(String optionId, Dimension dimension, Reason reason) implements RuleOutcome {
	}

	/** Show a warning with the option without changing its rank. */
	record Flag(String optionId, Reason reason) implements RuleOutcome {
	}

	/**
	 * Add an option that no actionable event supplies (HSCT, further diagnostics, the
	 * standard protocol, a drug with only functional support); ignored when the option
	 * exists.
	 */
	record Propose(String optionId, OptionType type, String label, EvidenceGrade evidence, boolean standardOfCare,
			Reason reason) implements RuleOutcome {
	}

	/** A remark on the case as a whole. */
	record Note(Reason reason) implements RuleOutcome {
	}

}
