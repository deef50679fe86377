package org.targetboard.registry.advice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The letter rendered for a version of the advice at the moment it is signed.
 *
 * @param documentId the document id printed on it
 * @param issuedAt the issue time printed on it
 * @param contentSha256 the SHA-256 of the advice content, printed in its footer
 * @param pdf the PDF file
 * @param pdfSha256 the SHA-256 of the file
 * @param advisedOn the date the board gave the advice
 */
public record IssuedLetter(String documentId, Instant issuedAt, String contentSha256, byte[] pdf, String pdfSha256,
		LocalDate advisedOn) {

}
