package org.targetboard.core.evidence;

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

	/** What a board writes for an option it does not grade. */
	public static final String NOT_GRADED = "n/a";

	/** A grade of the level alone. */
	public static EvidenceGrade of(EvidenceLevel level) {
		return new EvidenceGrade(level, Set.of());
	}

	/**
	 * Reads the DNPM notation: a level and its modifiers in any order, as in
	 * {@code m1B Z(FDA)} or {@code m2C iv}. Free text, as a grade written with a comment
	 * in brackets ({@code m3 is (IHC)}) was, is not a grade.
	 * @return the grade, or empty for a blank text or {@link #NOT_GRADED}
	 * @throws IllegalArgumentException if the text is not a DNPM grade (the message never
	 * repeats it)
	 */
	public static java.util.Optional<EvidenceGrade> parse(@org.jspecify.annotations.Nullable String notation) {
		if (notation == null || notation.isBlank() || notation.strip().equalsIgnoreCase(NOT_GRADED)) {
			return java.util.Optional.empty();
		}
		String[] parts = notation.strip().split("\\s+");
		if (parts.length > 1 + EvidenceModifier.values().length) {
			throw new IllegalArgumentException(FORMAT);
		}
		EvidenceLevel level = java.util.Arrays.stream(EvidenceLevel.values())
			.filter((candidate) -> candidate.code().equals(parts[0]))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(FORMAT));
		EnumSet<EvidenceModifier> modifiers = EnumSet.noneOf(EvidenceModifier.class);
		for (int i = 1; i < parts.length; i++) {
			String code = parts[i];
			modifiers.add(java.util.Arrays.stream(EvidenceModifier.values())
				.filter((candidate) -> candidate.code().equals(code))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(FORMAT)));
		}
		return java.util.Optional.of(new EvidenceGrade(level, modifiers));
	}

	/**
	 * Reads a grade as stored: issued advice from before grades were typed may carry a
	 * comment in brackets ({@code m3 is (IHC)}), which is dropped; what is still no grade
	 * reads as none. The signed letter keeps what was written.
	 */
	public static java.util.Optional<EvidenceGrade> fromStored(@org.jspecify.annotations.Nullable String stored) {
		if (stored == null) {
			return java.util.Optional.empty();
		}
		try {
			return parse(stored.replaceAll("\\s*\\((?!FDA\\))[^)]{0,60}\\)", " "));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	/** How a grade is written, for a refusal. */
	public static final String FORMAT = "must be a DNPM level (m1A, m1B, m1C, m2A, m2B, m2C, m3, m4) with modifiers "
			+ "is, iv, Z, Z(FDA) or R, such as m1B, m2C iv or m3 Z(FDA); n/a when not graded";

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
