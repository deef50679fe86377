package org.targetboard.core.review;

/**
 * A member's position on the engine's order of options.
 */
public enum Stance {

	/** The member agrees with the engine's order. */
	AGREE_WITH_ENGINE,
	/** The member proposes a change, said in the text. */
	PROPOSE_CHANGE

}
