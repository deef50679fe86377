package org.targetboard.core.boardcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.targetboard.core.centre.CentreCode;

class PseudonymTests {

	@Test
	void formatsCentreYearAndFourDigitSequence() {
		assertThat(new Pseudonym(new CentreCode("NL"), 2026, 7)).hasToString("NL-2026-0007");
	}

	@Test
	void parsesItsOwnFormat() {
		assertThat(Pseudonym.parse("ES-2026-0123")).isEqualTo(new Pseudonym(new CentreCode("ES"), 2026, 123));
	}

	@Test
	void rejectsAnythingElse() {
		assertThatIllegalArgumentException().isThrownBy(() -> Pseudonym.parse("Jan Jansen"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Pseudonym(new CentreCode("NL"), 2026, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new CentreCode("nl"));
	}

	@Test
	void generatesRandomVersion4PublicIds() {
		Set<PublicCaseId> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			PublicCaseId id = PublicCaseId.random();
			assertThat(id.value().version()).isEqualTo(4);
			assertThat(id.value().variant()).isEqualTo(2);
			ids.add(id);
		}
		assertThat(ids).hasSize(1000);
		assertThat(PublicCaseId.parse(ids.iterator().next().toString())).isIn(ids);
	}

}
