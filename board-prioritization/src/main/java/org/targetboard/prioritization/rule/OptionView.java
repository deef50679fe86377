package org.targetboard.prioritization.rule;

import org.jspecify.annotations.Nullable;
import org.targetboard.prioritization.knowledge.Drug;
import org.targetboard.prioritization.knowledge.OptionType;

/**
 * An option under consideration, as rules see it.
 *
 * @param id the option id (the drug id for drug options)
 * @param type the option type
 * @param drug the drug, for drug options
 */
public record OptionView(String id, OptionType type, @Nullable Drug drug) {

	/** Whether the option is a drug directed against the antigen. */
	public boolean targets(String antigen) {
		return this.drug != null && this.drug.targets(antigen);
	}

}
