package org.targetboard.core.consent;

/**
 * What a withdrawal of consent covers: everything (discussion and registry; processing
 * stops) or only the registry (the case leaves every future export but the board may
 * still advise).
 */
public enum WithdrawalScope {

	ALL, REGISTRY

}
