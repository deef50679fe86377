package org.targetboard.core.profile;

/**
 * The treatment intent the centre states (product.md step 1; domain.md 3.2).
 */
public enum Intent {

	BRIDGE_TO_HSCT, BRIDGE_TO_CAR_T, CURATIVE_TRIAL_SEEKING, PALLIATIVE

}
