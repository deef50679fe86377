package org.targetboard.core.centre;

/**
 * A treating hospital, coordinated by the national coordinating centre of its country:
 * the coordinator submits its cases, and its treating physicians see only them.
 *
 * @param code the hospital's code, unique across the board
 * @param name the display name, as letters address it
 * @param centre the coordinating centre
 */
public record Hospital(HospitalCode code, String name, CentreCode centre) {

	public Hospital {
		if (name.isBlank()) {
			throw new IllegalArgumentException("A hospital needs a name");
		}
		if (!code.belongsTo(centre)) {
			throw new IllegalArgumentException("A hospital's code starts with its centre's code");
		}
	}

}
