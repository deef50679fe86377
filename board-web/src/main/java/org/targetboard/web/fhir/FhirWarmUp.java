package org.targetboard.web.fhir;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.targetboard.fhir.CaseBundles;
import org.targetboard.fhir.FhirCapabilities;

/**
 * Builds the FHIR context once at start-up in the background: its first use in a JVM
 * scans the model classes and takes seconds, which the first user should not wait for.
 */
@Component
class FhirWarmUp {

	@EventListener(ApplicationReadyEvent.class)
	@Async
	public void warmUp() {
		CaseBundles.context().newJsonParser().encodeResourceToString(FhirCapabilities.statement("warm-up", "/fhir"));
	}

}
