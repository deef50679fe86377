package org.targetboard.web.advice;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * A version of the board's advice was signed and issued. Published inside the issuing
 * transaction, so that what reacts to it (the mail to the centre) is stored with the
 * advice or not at all.
 *
 * @param caseId the case
 * @param centre the case's centre
 * @param hospital the case's treating hospital, if the centre does not treat it itself
 * @param pseudonym the case's pseudonym, the only patient reference a notification
 * carries
 * @param versionNumber the version issued
 * @param documentId the letter's document id
 * @param locale the language the chair issued it in
 */
public record AdviceIssued(PublicCaseId caseId, CentreCode centre, @Nullable HospitalCode hospital, String pseudonym,
		int versionNumber, String documentId, Locale locale) {
}
