package org.targetboard.core.profile;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * An immunophenotype result on the blasts (domain.md 3.3).
 *
 * @param marker the antigen, e.g. {@code CD19}
 * @param percentPositive % of blasts positive, 0–100
 * @param sitesPerCell antigen density (molecules per cell), when measured
 * @param method e.g. flow cytometry
 * @param date when the sample was taken
 * @param sample the sample, e.g. bone marrow, peripheral blood, CSF
 */
public record MarkerResult(String marker, double percentPositive, @Nullable Double sitesPerCell,
		@Nullable String method, @Nullable LocalDate date, @Nullable String sample) {

	public MarkerResult {
		marker = ProfileChecks.required("markers.marker", marker).toUpperCase(Locale.ROOT).replace(" ", "");
		ProfileChecks.percent("markers.percentPositive", percentPositive);
		method = (method == null || method.isBlank()) ? null : method.strip();
		sample = (sample == null || sample.isBlank()) ? null : sample.strip();
		if (sitesPerCell != null && !(sitesPerCell >= 0 && sitesPerCell < Double.POSITIVE_INFINITY)) {
			throw new InvalidProfileException("markers.sitesPerCell", "notNegative", "must not be negative");
		}
	}

}
