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
 * <p>
 * Every check takes time linear in the length of the text: e-mail addresses and digit
 * runs are found by hand-written scans, and the date pattern only has bounded
 * repetitions, so no input can make screening slow (issue 16: a backtracking pattern took
 * 12 s for 40 kB).
 */
public final class IdentifierScreen {

	// Every repetition is bounded, and each alternative starts at a word boundary with a
	// digit, so the work per start position is constant.
	private static final Pattern FULL_DATE = Pattern.compile("(?i)\\b(\\d{1,2}[./-]\\d{1,2}[./-](19|20)?\\d{2}"
			+ "|(19|20)\\d{2}[./-]\\d{1,2}[./-]\\d{1,2}"
			+ "|\\d{1,2}\\.?\\s{1,3}(jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|ene|abr|ago|dic|mei|okt)"
			+ "[a-zé]{0,9}\\.?\\s{1,3}(19|20)\\d{2})\\b");

	/** The longest local part of an e-mail address (RFC 5321 §4.5.3.1.1). */
	private static final int MAX_LOCAL_PART = 64;

	/** The longest domain of an e-mail address (RFC 5321 §4.5.3.1.2). */
	private static final int MAX_DOMAIN = 255;

	private static final int MIN_DIGITS = 6;

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
			char[] withoutEmails = text.toCharArray();
			if (blankEmails(withoutEmails)) {
				warnings
					.add(new IntakeProblem(field, "identifier.email", "contains what looks like an e-mail address"));
			}
			if (FULL_DATE.matcher(text).find()) {
				warnings.add(new IntakeProblem(field, "identifier.date",
						"contains a full date (a date of birth must never be entered)"));
			}
			if (hasDigitRun(withoutEmails)) {
				warnings.add(new IntakeProblem(field, "identifier.digits",
						"contains a long number (hospital, insurance or phone numbers must never be entered)"));
			}
		});
		return warnings;
	}

	/**
	 * Finds e-mail addresses (a local part of word characters, dots, plus and minus; an
	 * at sign; a domain of at least two dot-separated labels) and overwrites them with
	 * spaces, so that their digits are not taken for a number.
	 * @return whether there was one
	 */
	static boolean blankEmails(char[] text) {
		boolean found = false;
		for (int at = 0; at < text.length; at++) {
			if (text[at] != '@') {
				continue;
			}
			int start = at;
			while (start > 0 && at - start < MAX_LOCAL_PART && isLocalPart(text[start - 1])) {
				start--;
			}
			int end = domainEnd(text, at + 1);
			if (start < at && end > 0) {
				found = true;
				for (int i = start; i < end; i++) {
					text[i] = ' ';
				}
				at = end - 1;
			}
		}
		return found;
	}

	/**
	 * The end (exclusive) of a domain of at least two labels starting at {@code from}, or
	 * -1.
	 */
	private static int domainEnd(char[] text, int from) {
		int i = from;
		int labels = 0;
		int lastLabelEnd = -1;
		while (i < text.length && i - from < MAX_DOMAIN) {
			int labelStart = i;
			while (i < text.length && i - from < MAX_DOMAIN && (isWord(text[i]) || text[i] == '-')) {
				i++;
			}
			if (i == labelStart) {
				break;
			}
			labels++;
			lastLabelEnd = i;
			if (i < text.length && text[i] == '.') {
				i++;
			}
			else {
				break;
			}
		}
		return (labels >= 2) ? lastLabelEnd : -1;
	}

	/**
	 * Whether the text holds six or more digits, possibly grouped by single spaces or
	 * dashes, that are neither glued to letters (trial numbers such as NCT05270096) nor
	 * part of a decimal.
	 */
	static boolean hasDigitRun(char[] text) {
		int i = 0;
		while (i < text.length) {
			if (!isDigit(text[i])) {
				i++;
				continue;
			}
			// A maximal run of digit groups joined by single spaces or dashes, from its
			// first
			// digit that may start a number: the first start has the most digits at every
			// group end, so no later start can find a run that this one misses.
			boolean counting = false;
			int digits = 0;
			while (i < text.length) {
				if (isDigit(text[i])) {
					if (!counting && (i == 0 || !precludesStart(text[i - 1]))) {
						counting = true;
					}
					if (counting) {
						digits++;
					}
					boolean groupEnds = i + 1 == text.length || !isDigit(text[i + 1]);
					if (counting && groupEnds && digits >= MIN_DIGITS
							&& (i + 1 == text.length || !isWord(text[i + 1]))) {
						return true;
					}
					i++;
				}
				else if ((text[i] == ' ' || text[i] == '-') && i + 1 < text.length && isDigit(text[i + 1])) {
					i++;
				}
				else {
					break;
				}
			}
		}
		return false;
	}

	private static boolean precludesStart(char previous) {
		return isWord(previous) || previous == '.' || previous == ',';
	}

	private static boolean isLocalPart(char c) {
		return isWord(c) || c == '.' || c == '+' || c == '-';
	}

	// The ASCII word characters of java.util.regex's \w.
	private static boolean isWord(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
