package org.targetboard.web.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the JSON API endpoint that does what a page action does, through the same
 * use-case service: every step a page offers can be automated or migrated
 * ({@code ApiParityTests} checks that the twin exists and calls the same service).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiTwin {

	/** The twin as {@code ControllerSimpleName#method}. */
	String value();

}
