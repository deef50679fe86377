package org.targetboard.prioritization.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.Bh3Dependency;
import org.targetboard.core.profile.MolecularLesion;

/**
 * How an entry recognises its event in a case: lesion kinds and genes, a marker, a BH3
 * dependency, or the lineage.
 *
 * @param kinds lesion kinds that qualify
 * @param genes genes of which any qualifies (either side of a fusion)
 * @param partner for fusions: the other gene required
 * @param excludeGenes genes that disqualify (e.g. BCR for ABL-class)
 * @param proteinChanges one-letter protein changes that narrow a mutation match (e.g.
 * T315I)
 * @param marker a surface marker
 * @param minPercent the positivity threshold for the marker (default from the
 * ANTIGEN_POSITIVITY rule)
 * @param bh3 a BH3 dependency
 * @param lineage whether the diagnosis itself is the event
 */
public record LesionMatch(List<MolecularLesion.Type> kinds, List<String> genes, @Nullable String partner,
		List<String> excludeGenes, List<String> proteinChanges, @Nullable String marker, @Nullable Double minPercent,
		@Nullable Bh3Dependency bh3, boolean lineage) {

	public LesionMatch {
		kinds = Lists.orEmpty(kinds);
		genes = Lists.orEmpty(genes);
		excludeGenes = Lists.orEmpty(excludeGenes);
		proteinChanges = Lists.orEmpty(proteinChanges);
	}

	/** Whether a lesion matches. */
	public boolean matches(MolecularLesion lesion) {
		if (this.kinds.isEmpty() || !this.kinds.contains(lesion.type())) {
			return false;
		}
		String gene = lesion.gene();
		String other = lesion.partner();
		boolean geneHit = this.genes.contains(gene) || (other != null && this.genes.contains(other));
		if (!geneHit) {
			return false;
		}
		if (this.excludeGenes.contains(gene) || (other != null && this.excludeGenes.contains(other))) {
			return false;
		}
		if (this.partner != null) {
			boolean partnered = (this.genes.contains(gene) && this.partner.equals(other))
					|| (other != null && this.genes.contains(other) && this.partner.equals(gene));
			if (!partnered) {
				return false;
			}
		}
		if (!this.proteinChanges.isEmpty()) {
			String change = lesion.shortProteinChange();
			return change != null && this.proteinChanges.contains(change);
		}
		return true;
	}

	/**
	 * Whether the entry matches lesions (rather than a marker, BH3 dependency or
	 * lineage).
	 */
	public boolean isLesionMatch() {
		return !this.kinds.isEmpty();
	}

}
