package org.targetboard.core.profile;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An ex-vivo drug-response (DRP) or dynamic BH3 profiling result for one drug (domain.md
 * 5).
 *
 * @param drug the drug, lower-case INN
 * @param assay DRP or dynamic BH3 profiling
 * @param metric e.g. DSS, AUC, IC50, DELTA_PRIMING
 * @param value the measured value
 * @param unit the value's unit
 * @param percentile rank against the reference cohort, 0–100 (low = more sensitive)
 * @param call the laboratory's call
 * @param qcPassed whether the sample passed quality control
 */
public record DrugResponse(String drug, Assay assay, @Nullable String metric, @Nullable Double value,
		@Nullable String unit, @Nullable Double percentile, Call call, boolean qcPassed) {

	/** The assay. */
	public enum Assay {

		DRP, DYNAMIC_BH3

	}

	/** The laboratory's call. */
	public enum Call {

		SENSITIVE, INTERMEDIATE, RESISTANT

	}

	public DrugResponse {
		drug = ProfileChecks.required("drugResponses.drug", drug).toLowerCase(Locale.ROOT);
		ProfileChecks.required("drugResponses.assay", assay);
		ProfileChecks.required("drugResponses.call", call);
		ProfileChecks.finite("drugResponses.value", value);
		ProfileChecks.percent("drugResponses.percentile", percentile);
	}

}
