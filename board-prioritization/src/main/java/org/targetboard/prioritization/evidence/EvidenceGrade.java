package org.targetboard.prioritization.evidence;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An evidence level with its modifiers, as shown to the board: {@code m1B Z(FDA)} with
 * ESCAT and OncoKB equivalents.
 *
 * @param level the DNPM level
 * @param modifiers the modifiers, in their natural order
 */
public record EvidenceGrade(EvidenceLevel level, Set<EvidenceModifier> modifiers) {

	public EvidenceGrade {
		modifiers = modifiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(modifiers));
	}

	/** The DNPM notation, e.g. {@code m1B Z(FDA) iv}. */
	public String dnpm() {
		String suffix = EnumSet.copyOf(modifiersOrEmpty())
			.stream()
			.map(EvidenceModifier::code)
			.collect(Collectors.joining(" "));
		return suffix.isEmpty() ? this.level.code() : this.level.code() + " " + suffix;
	}

	/** The approximate ESCAT tier. */
	public String escat() {
		return this.level.escat();
	}

	/** The approximate OncoKB level. */
	public String oncoKb() {
		return this.level.oncoKb();
	}

	/** The grade with one more modifier. */
	public EvidenceGrade with(EvidenceModifier modifier) {
		EnumSet<EvidenceModifier> more = EnumSet.copyOf(modifiersOrEmpty());
		more.add(modifier);
		return new EvidenceGrade(this.level, more);
	}

	private Set<EvidenceModifier> modifiersOrEmpty() {
		return this.modifiers.isEmpty() ? EnumSet.noneOf(EvidenceModifier.class) : EnumSet.copyOf(this.modifiers);
	}

	@Override
	public String toString() {
		return dnpm();
	}

}
