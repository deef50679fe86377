package org.targetboard.core.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Screens free text for things that look like identifiers (product.md, privacy by
 * design): e-mail addresses, full dates (a date of birth would be one), and long digit
 * runs (hospital, insurance or phone numbers). A hit is a warning the coordinator must
 * confirm before saving, not a refusal: a relapse date in the question is legitimate.
 * Warnings never quote the text.
 */
public final class IdentifierScreen {

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern FULL_DATE = Pattern.compile("(?i)\\b(\\d{1,2}[./-]\\d{1,2}[./-](19|20)?\\d{2}"
			+ "|(19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2}"
			+ "|\\d{1,2}\\.?\\s+(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|ene|abr|ago|dic|mei|okt)"
			+ "[a-zé]*\\.?\\s+(19|20)\\d{2})\\b");

	// Six or more digits, possibly grouped by single spaces or dashes; digits glued to
	// letters (trial numbers such as NCT05270096) or decimals are not identifiers.
	private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w.,])\\d(?:[ -]?\\d){5,}(?![\\w])");

	private IdentifierScreen() {
	}

	/**
	 * The warnings for a case's free-text fields, one per field and kind.
	 */
	public static List<IntakeProblem> screen(CaseIntake intake) {
		return screen(intake.freeTexts());
	}

	/**
	 * The warnings for the given texts, keyed by field.
	 */
	public static List<IntakeProblem> screen(Map<String, String> texts) {
		List<IntakeProblem> warnings = new ArrayList<>();
		texts.forEach((field, text) -> {
			if (EMAIL.matcher(text).find()) {
				warnings
					.add(new IntakeProblem(field, "identifier.email", "contains what looks like an e-mail address"));
			}
			if (FULL_DATE.matcher(text).find()) {
				warnings.add(new IntakeProblem(field, "identifier.date",
						"contains a full date (a date of birth must never be entered)"));
			}
			if (DIGIT_RUN.matcher(EMAIL.matcher(text).replaceAll(" ")).find()) {
				warnings.add(new IntakeProblem(field, "identifier.digits",
						"contains a long number (hospital, insurance or phone numbers must never be entered)"));
			}
		});
		return warnings;
	}

}
