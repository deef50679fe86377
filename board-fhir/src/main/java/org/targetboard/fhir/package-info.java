/**
 * HL7 FHIR R4 for cases, advice and follow-up (domain.md 7): a case exports as a Bundle
 * (Patient with the pseudonym only, Condition, Genomics Reporting variant Observations,
 * marker and drug-response Observations, MedicationStatement and Procedure for the
 * history, Consent, a CarePlan per advice with MedicationRequest and ServiceRequest
 * proposals as in the MII tumour-board profiles, follow-up Observations), and a Bundle
 * imports as a draft intake with a report of what was mapped and ignored. Plain Java on
 * HAPI FHIR structures.
 */
@NullMarked
package org.targetboard.fhir;

import org.jspecify.annotations.NullMarked;
