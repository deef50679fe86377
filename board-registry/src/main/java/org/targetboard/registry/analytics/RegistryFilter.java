package org.targetboard.registry.analytics;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.centre.CentreCode;

/**
 * Which advised cases an analysis covers.
 *
 * @param from first day of advice issue, inclusive
 * @param to last day of advice issue, inclusive
 * @param diagnosis only this diagnosis
 * @param centre only this centre
 */
public record RegistryFilter(@Nullable LocalDate from, @Nullable LocalDate to, @Nullable Diagnosis diagnosis,
		@Nullable CentreCode centre) {

	/** Everything. */
	public static final RegistryFilter ALL = new RegistryFilter(null, null, null, null);

	/** In words, for the audit trail. */
	public String describe() {
		return "from=" + this.from + ", to=" + this.to + ", diagnosis=" + this.diagnosis + ", centre=" + this.centre;
	}

}
