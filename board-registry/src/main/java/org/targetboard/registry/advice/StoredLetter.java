package org.targetboard.registry.advice;

/**
 * An issued letter as stored: the bytes served on every download.
 *
 * @param pseudonym the case's pseudonym, for the file name
 * @param versionNumber the advice version
 * @param documentId the document id
 * @param pdf the file
 * @param pdfSha256 its SHA-256
 */
public record StoredLetter(String pseudonym, int versionNumber, String documentId, byte[] pdf, String pdfSha256) {

}
