package org.targetboard.core.advice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Pseudonym;

/**
 * What the chair signs, defined once: the document id of an advice version and its
 * content in one canonical text, whose SHA-256 is printed on the letter and stored with
 * the advice, so that anyone holding the letter can check it against the registry.
 */
public final class AdviceSignature {

	private AdviceSignature() {
	}

	/** The document id of a version's letter: {@code TB-NL-2026-0007-A1}. */
	public static String documentId(Pseudonym pseudonym, int versionNumber) {
		return "TB-" + pseudonym + "-A" + versionNumber;
	}

	/**
	 * The canonical text of the signed content: document id, pseudonym, version, time and
	 * signer, the date the board gave the advice when it lies before the signature
	 * (advice registered retrospectively; otherwise the text is as it always was), the
	 * summary, the reasons, and every recommendation in order.
	 */
	public static String canonicalContent(String documentId, Pseudonym pseudonym, int versionNumber, Instant issuedAt,
			LocalDate advisedOn, String chair, AdviceDraft draft, @Nullable String amendmentReason) {
		StringBuilder text = new StringBuilder();
		text.append(documentId).append('\n').append(pseudonym).append('\n');
		text.append(versionNumber).append('\n').append(issuedAt).append('\n').append(chair);
		if (Advice.givenBefore(advisedOn, issuedAt)) {
			text.append("\nadvised on ").append(advisedOn);
		}
		text.append('\n').append(nullToEmpty(draft.summary())).append('\n');
		text.append(nullToEmpty(draft.overrideReason())).append('\n');
		text.append(nullToEmpty(amendmentReason)).append('\n');
		for (AdviceOption option : draft.options()) {
			text.append(option.type())
				.append('|')
				.append(option.label())
				.append('|')
				.append(option.rationale())
				.append('|')
				.append((option.evidence() != null) ? option.evidence().dnpm() : "")
				.append('|')
				.append(nullToEmpty(option.trialId()))
				.append('|')
				.append(nullToEmpty(option.trialArm()))
				.append('|')
				.append(nullToEmpty(option.trialSites()))
				.append('\n');
		}
		// Options considered and not advised are signed too; advice without them reads as
		// it always did.
		for (NotAdvised option : draft.notAdvised()) {
			text.append("not advised|")
				.append(option.engineOptionId())
				.append('|')
				.append(option.label())
				.append('|')
				.append(nullToEmpty(option.reason()))
				.append('\n');
		}
		return text.toString();
	}

	/** The SHA-256 of a text in UTF-8, as lower-case hex. */
	public static String sha256(String text) {
		return sha256(text.getBytes(StandardCharsets.UTF_8));
	}

	/** The SHA-256 of bytes, as lower-case hex. */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	private static String nullToEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
