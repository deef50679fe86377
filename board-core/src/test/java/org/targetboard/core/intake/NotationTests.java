package org.targetboard.core.intake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NotationTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0.01%     | 0.0001 | false | 0.01%
			0.01 %    | 0.0001 | false | 0.01%
			<0.01%    | 0.0001 | true  | <0.01%
			1e-4      | 0.0001 | false | 0.01%
			1E-04     | 0.0001 | false | 0.01%
			< 1e-3    | 0.001  | true  | <0.1%
			10^-4     | 0.0001 | false | 0.01%
			0.0001    | 0.0001 | false | 0.01%
			12%       | 0.12   | false | 12%
			0,5%      | 0.005  | false | 0.5%
			""")
	void readsMrdNotations(String text, double fraction, boolean below, String canonical) {
		MrdValue value = MrdValue.parse(text);
		assertThat(value.fraction()).isCloseTo(fraction, org.assertj.core.data.Offset.offset(1e-12));
		assertThat(value.belowLimit()).isEqualTo(below);
		assertThat(value).hasToString(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "positive", "0.01%%", "120%", "2", "1e-4%x", "", "-0.01%" })
	void rejectsWhatIsNoMrdNotation(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> MrdValue.parse(text));
	}

	@ParameterizedTest
	@CsvSource({ "BCR-ABL1,BCR::ABL1", "BCR/ABL1,BCR::ABL1", "bcr::abl1,BCR::ABL1", "ETV6_RUNX1,ETV6::RUNX1",
			"P2RY8::CRLF2,P2RY8::CRLF2", "KMT2A - AFF1,KMT2A::AFF1" })
	void normalisesFusionsToDoubleColons(String text, String expected) {
		assertThat(Fusions.normalise(text)).contains(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "BCR", "BCR-ABL1-X", "::ABL1", "BCR::", "B?R-ABL1" })
	void refusesFusionsWithoutExactlyTwoGenes(String text) {
		assertThat(Fusions.normalise(text)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Mother reachable at jan.jansen@example.org                | identifier.email
			Born 12.03.2015, now second relapse                       | identifier.date
			Born 3 March 2015                                         | identifier.date
			Relapse 2026-09-14 after HSCT                             | identifier.date
			Hospital number 48210937                                  | identifier.digits
			Call +31 6 1234 5678                                      | identifier.digits
			""")
	void warnsAboutTextThatLooksLikeAnIdentifier(String text, String code) {
		assertThat(IdentifierScreen.screen(java.util.Map.of("questionToBoard", text))).extracting(IntakeProblem::code)
			.contains(code);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Eligible for NCT05740449 (HEM-iSMART-A)?", "MRD 0.0001 after cycle 1, 2nd relapse 2026",
			"CD22 3,470 sites/cell; blasts 62 %", "Relapse in 09/2026 after tisagenlecleucel" })
	void letsClinicalTextThrough(String text) {
		assertThat(IdentifierScreen.screen(java.util.Map.of("questionToBoard", text))).isEmpty();
	}

}
