package org.targetboard.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class IdentifierScreenTests {

	// The backtracking patterns the scans replace (quadratic in the text length); they
	// define what the scans must find.
	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

	private static final Pattern DIGIT_RUN = Pattern.compile("(?<![\\w.,])\\d(?:[ -]?\\d){5,}(?![\\w])");

	private static final String ALPHABET = "0123456789012345 -.,@aZ_x+";

	@Test
	void findsDigitRunsExactlyWhereTheReferencePatternDoes() {
		Random random = new Random(16);
		for (int n = 0; n < 50_000; n++) {
			String text = randomText(random).replace('@', ' ');
			assertThat(IdentifierScreen.hasDigitRun(text.toCharArray())).as(text)
				.isEqualTo(DIGIT_RUN.matcher(text).find());
		}
	}

	@Test
	void findsEmailAddressesExactlyWhereTheReferencePatternDoes() {
		Random random = new Random(17);
		for (int n = 0; n < 50_000; n++) {
			String text = randomText(random);
			assertThat(IdentifierScreen.blankEmails(text.toCharArray())).as(text).isEqualTo(EMAIL.matcher(text).find());
		}
	}

	@Test
	void screensAHundredKilobytesOfAdversarialTextInOnePass() {
		// Each of these made the old patterns backtrack over the whole rest of the text.
		for (String unit : new String[] { "a", "1", "1 ", "a.", "1-", "a@", "@a." }) {
			String text = unit.repeat(100_000 / unit.length());
			assertThat(IdentifierScreen.screen(Map.of("questionToBoard", text))).isNotNull();
		}
		String digits = "1".repeat(100_000) + "a";
		assertThat(IdentifierScreen.screen(Map.of("questionToBoard", digits))).isEmpty();
	}

	@Test
	void blanksTheDigitsOfAnEmailAddressSoTheyAreNotAlsoANumber() {
		assertThat(IdentifierScreen.screen(Map.of("questionToBoard", "write to pat1234567@clinic.example")))
			.extracting(IntakeProblem::code)
			.containsExactly("identifier.email");
	}

	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		int length = random.nextInt(24);
		for (int i = 0; i < length; i++) {
			text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return text.toString();
	}

}
