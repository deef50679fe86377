package org.targetboard.web.registry;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.registry.analytics.RegistryFilter;

/**
 * The registry filter as request parameters ({@code from}, {@code to}, {@code diagnosis},
 * {@code centre}), shared by the dashboard and the exports.
 *
 * @param from first day of advice issue
 * @param to last day of advice issue
 * @param diagnosis the diagnosis
 * @param centre the centre code
 */
record FilterParams(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to, @Nullable Diagnosis diagnosis,
		@Nullable String centre) {

	RegistryFilter toFilter() {
		return new RegistryFilter(this.from, this.to, this.diagnosis,
				(this.centre != null && this.centre.matches("[A-Z]{2,3}")) ? new CentreCode(this.centre) : null);
	}

}
