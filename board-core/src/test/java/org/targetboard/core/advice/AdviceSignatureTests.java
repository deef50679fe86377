package org.targetboard.core.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.boardcase.Pseudonym;

/**
 * The signed content is one canonical text: the same advice always hashes alike, and any
 * change of what the chair signed (an option's order, a reason) changes the hash.
 */
class AdviceSignatureTests {

	private static final Pseudonym PSEUDONYM = Pseudonym.parse("NL-2026-0007");

	private static final Instant ISSUED = Instant.parse("2026-11-03T09:00:00Z");

	@Test
	void theDocumentIdNamesTheCaseAndTheVersion() {
		assertThat(AdviceSignature.documentId(PSEUDONYM, 2)).isEqualTo("TB-NL-2026-0007-A2");
	}

	@Test
	void theSameContentHashesAlikeAndAnyChangeChangesTheHash() {
		AdviceOption trial = new AdviceOption(AdviceOptionType.TRIAL, "HEM-iSMART-A", "Trial open in NL",
				EvidenceGrade.parse("m2B").orElseThrow(), "NCT05270096", "B", "Utrecht", null, null);
		AdviceOption ino = new AdviceOption(AdviceOptionType.IMMUNOTHERAPY, "Inotuzumab", "CD22 95 %",
				EvidenceGrade.parse("m1B").orElseThrow(), null, null, null, null, null);
		String hash = hash(new AdviceDraft("Summary", List.of(trial, ino), null), null);
		assertThat(hash).isEqualTo(hash(new AdviceDraft("Summary", List.of(trial, ino), null), null)).hasSize(64);
		assertThat(hash(new AdviceDraft("Summary", List.of(ino, trial), "CD22 high"), null)).isNotEqualTo(hash);
		assertThat(hash(new AdviceDraft("Summary", List.of(trial, ino), null), "corrected")).isNotEqualTo(hash);
		// A date the board gave the advice before it was signed here is part of what was
		// signed; the day of signing itself leaves the text as it always was.
		assertThat(AdviceSignature.sha256(AdviceSignature.canonicalContent(AdviceSignature.documentId(PSEUDONYM, 1),
				PSEUDONYM, 1, ISSUED, LocalDate.ofInstant(ISSUED, ZoneOffset.UTC).minusYears(3), "chair",
				new AdviceDraft("Summary", List.of(trial, ino), null), null)))
			.isNotEqualTo(hash);
		// What the panel considered and did not advise, and why, is signed too.
		NotAdvised dasatinib = new NotAdvised("dasatinib", 3, "Dasatinib", "No ABL-class lesion confirmed.");
		assertThat(hash(new AdviceDraft("Summary", List.of(trial, ino), null, List.of(), List.of(dasatinib)), null))
			.isNotEqualTo(hash)
			.isNotEqualTo(hash(new AdviceDraft("Summary", List.of(trial, ino), null, List.of(),
					List.of(new NotAdvised("dasatinib", 3, "Dasatinib", null))), null));
		assertThat(AdviceSignature.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	private static String hash(AdviceDraft draft, String amendmentReason) {
		return AdviceSignature.sha256(AdviceSignature.canonicalContent(AdviceSignature.documentId(PSEUDONYM, 1),
				PSEUDONYM, 1, ISSUED, LocalDate.ofInstant(ISSUED, ZoneOffset.UTC), "chair", draft, amendmentReason));
	}

}
