package org.targetboard.core.profile;

import org.jspecify.annotations.Nullable;

/**
 * Range checks shared by the profile records; failures name the field.
 */
final class ProfileChecks {

	private ProfileChecks() {
	}

	static void range(String field, @Nullable Number value, double min, double max) {
		// Written so that NaN and infinities fall outside every range.
		if (value != null && !(value.doubleValue() >= min && value.doubleValue() <= max)) {
			throw new InvalidProfileException(field, "range",
					"must be between %s and %s".formatted(format(min), format(max)), format(min), format(max));
		}
	}

	static void percent(String field, @Nullable Double value) {
		range(field, value, 0, 100);
	}

	static String required(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidProfileException(field, "required", "is required");
		}
		return value.strip();
	}

	static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw new InvalidProfileException(field, "required", "is required");
		}
		return value;
	}

	static void finite(String field, @Nullable Double value) {
		if (value != null && !Double.isFinite(value)) {
			throw new InvalidProfileException(field, "number", "must be a number");
		}
	}

	private static String format(double value) {
		return (value == Math.rint(value)) ? Long.toString((long) value) : Double.toString(value);
	}

}
