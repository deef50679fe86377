package org.targetboard.core.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EvidenceGradeTests {

	@Test
	void readsTheDnpmNotationWithModifiersInAnyOrderAndWritesItInTheirNaturalOrder() {
		assertThat(EvidenceGrade.parse("m1B")).contains(EvidenceGrade.of(EvidenceLevel.M1B));
		assertThat(EvidenceGrade.parse(" m3  Z(FDA) "))
			.contains(new EvidenceGrade(EvidenceLevel.M3, Set.of(EvidenceModifier.Z_FDA)));
		assertThat(EvidenceGrade.parse("m2C Z iv").orElseThrow().dnpm()).isEqualTo("m2C iv Z");
		for (EvidenceLevel level : EvidenceLevel.values()) {
			for (EvidenceModifier modifier : EvidenceModifier.values()) {
				EvidenceGrade grade = EvidenceGrade.of(level).with(modifier);
				assertThat(EvidenceGrade.parse(grade.dnpm())).contains(grade);
			}
		}
	}

	@Test
	void anUngradedOptionHasNoGrade() {
		assertThat(EvidenceGrade.parse("n/a")).isEmpty();
		assertThat(EvidenceGrade.parse("  ")).isEmpty();
		assertThat(EvidenceGrade.parse(null)).isEmpty();
	}

	@Test
	void readsGradesStoredBeforeTheyWereTypedWithoutTheirComments() {
		assertThat(EvidenceGrade.fromStored("m3 is (IHC)"))
			.contains(EvidenceGrade.of(EvidenceLevel.M3).with(EvidenceModifier.IS));
		assertThat(EvidenceGrade.fromStored("m1B Z(FDA)"))
			.contains(EvidenceGrade.of(EvidenceLevel.M1B).with(EvidenceModifier.Z_FDA));
		assertThat(EvidenceGrade.fromStored("n/a")).isEmpty();
		assertThat(EvidenceGrade.fromStored("level 1")).isEmpty();
	}

	@Test
	void refusesWhatIsNotAGradeWithoutRepeatingIt() {
		for (String text : List.of("level 1", "m5", "M1B", "m1B z", "m3 is (IHC)", "m1B Z Z Z Z Z Z Z", "1A",
				"<script>")) {
			assertThatIllegalArgumentException().as(text)
				.isThrownBy(() -> EvidenceGrade.parse(text))
				.withMessage(EvidenceGrade.FORMAT);
		}
	}

}
