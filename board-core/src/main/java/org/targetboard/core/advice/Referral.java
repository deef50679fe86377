package org.targetboard.core.advice;

import org.jspecify.annotations.Nullable;

/**
 * A referral the board advises: the patient to a CAR-T, HSCT or trial centre, or a sample
 * to a laboratory for drug-response profiling, sequencing or flow cytometry. Part of the
 * signed advice; what became of it is reported later ({@link ReferralStatus}).
 *
 * @param subject the patient or a sample
 * @param purpose what for
 * @param destination the centre or laboratory, by name
 * @param note what the board adds, if anything
 */
public record Referral(@Nullable Subject subject, @Nullable Purpose purpose, String destination,
		@Nullable String note) {

	public Referral {
		// A missing subject or purpose is one of the draft's rules (AdviceDraft#check),
		// tied to its field.
		destination = (destination != null) ? destination.strip() : "";
		note = (note == null || note.isBlank()) ? null : note.strip();
	}

	/** The longest destination. */
	public static final int MAX_DESTINATION = 300;

	/** The longest note. */
	public static final int MAX_NOTE = 1000;

	/** Who or what is referred. */
	public enum Subject {

		PATIENT, SAMPLE

	}

	/** What the referral is for. */
	public enum Purpose {

		/** CAR-T cell therapy at a treating centre. */
		CAR_T,
		/** Allogeneic HSCT at a transplant centre. */
		HSCT,
		/** Screening for or enrolment in a clinical trial. */
		TRIAL,
		/** Ex vivo drug-response or BH3 profiling. */
		DRUG_RESPONSE_PROFILING,
		/** Next-generation sequencing, e.g. whole-transcriptome or panel. */
		SEQUENCING,
		/** Flow cytometry, e.g. antigen density of CD19 or CD22. */
		FLOW_CYTOMETRY,
		/** Another purpose, named in the note. */
		OTHER

	}

}
