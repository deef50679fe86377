package org.targetboard.core.boardcase;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.targetboard.core.centre.CentreCode;

/**
 * The pseudonym under which a case is known to the board, e.g. {@code NL-2026-0007}:
 * centre code, year of creation and a per-centre, per-year sequence. The centre keeps its
 * own key to the patient; the system never stores identity.
 *
 * @param centre the submitting centre
 * @param year the year the case was created
 * @param sequence the number within centre and year, from 1
 */
public record Pseudonym(CentreCode centre, int year, int sequence) {

	private static final Pattern FORMAT = Pattern.compile("([A-Z]{2,3})-(\\d{4})-(\\d{4,})");

	public Pseudonym {
		if (year < 2000 || year > 9999) {
			throw new IllegalArgumentException("A pseudonym's year has four digits");
		}
		if (sequence < 1) {
			throw new IllegalArgumentException("A pseudonym's sequence starts at 1");
		}
	}

	/**
	 * Parses the text form.
	 * @throws IllegalArgumentException if the text is not a pseudonym
	 */
	public static Pseudonym parse(String text) {
		Matcher matcher = FORMAT.matcher(text);
		if (!matcher.matches()) {
			throw new IllegalArgumentException("Not a pseudonym of the form CC-YYYY-NNNN");
		}
		return new Pseudonym(new CentreCode(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				Integer.parseInt(matcher.group(3)));
	}

	@Override
	public String toString() {
		return "%s-%04d-%04d".formatted(this.centre, this.year, this.sequence);
	}

}
