package org.targetboard.core.centre;

/**
 * A national coordinating centre that submits cases to the board.
 *
 * @param code the centre's code, unique across the board
 * @param name the display name, e.g. "Princess Máxima Center"
 * @param country ISO 3166-1 alpha-2 country code, used to match trials open in the
 * patient's country
 */
public record Centre(CentreCode code, String name, String country) {

	public Centre {
		if (name.isBlank()) {
			throw new IllegalArgumentException("A centre needs a name");
		}
		if (!country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("A centre's country is an ISO 3166-1 alpha-2 code");
		}
	}

}
