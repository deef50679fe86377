package org.targetboard.web.advice;

import java.util.Locale;

import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;

/**
 * A version of the board's advice was signed and issued. Published inside the issuing
 * transaction, so that what reacts to it (the mail to the centre) is stored with the
 * advice or not at all.
 *
 * @param caseId the case
 * @param centre the case's centre
 * @param pseudonym the case's pseudonym, the only patient reference a notification
 * carries
 * @param versionNumber the version issued
 * @param documentId the letter's document id
 * @param locale the language the chair issued it in
 */
public record AdviceIssued(PublicCaseId caseId, CentreCode centre, String pseudonym, int versionNumber,
		String documentId, Locale locale) {
}
