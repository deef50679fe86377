package org.targetboard.core.intake;

/**
 * Computes the relapse risk group of a complete case at submission. Implemented by the
 * prioritization engine's risk rules and handed to the registry by the application, so
 * that the registry does not depend on the engine.
 */
@FunctionalInterface
public interface RiskGrouping {

	RiskGroup assess(CaseIntake intake);

}
