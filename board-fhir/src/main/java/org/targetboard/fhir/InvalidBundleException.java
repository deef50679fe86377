package org.targetboard.fhir;

import java.util.List;

/**
 * A Bundle that cannot be imported: not FHIR R4 JSON, not a Bundle, or without the facts
 * every case needs. Nothing is created.
 */
public class InvalidBundleException extends RuntimeException {

	private final List<String> issues;

	public InvalidBundleException(List<String> issues) {
		super(issues.size() + " issue(s) in the Bundle");
		this.issues = List.copyOf(issues);
	}

	/** The issues, each naming the resource or element concerned. */
	public List<String> issues() {
		return this.issues;
	}

}
