package org.targetboard.prioritization.evaluation;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import org.targetboard.prioritization.json.InvalidCaseException;

/**
 * Reads reference sets, as JSON or YAML. Unknown fields are refused, and every case needs
 * an id, a case and at least one chosen component.
 */
public final class ReferenceSets {

	private static final ObjectMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	/** The most cases one request or file may hold. */
	public static final int MAX_CASES = 2000;

	private ReferenceSets() {
	}

	/**
	 * Reads a set.
	 * @param yaml whether the text is YAML rather than JSON
	 * @throws InvalidCaseException naming the case and field when the set is not valid
	 */
	public static ReferenceSet read(String text, boolean yaml) {
		ReferenceSet set;
		try {
			set = (yaml ? YAML : JSON).readValue(text, ReferenceSet.class);
		}
		catch (JacksonException ex) {
			// Never echo the sender's text: name the place only.
			throw new InvalidCaseException("",
					"not a reference set (line " + ((ex.getLocation() != null) ? ex.getLocation().getLineNr() : "?")
							+ "); see docs/knowledge-base.md, \"Measuring the engine\"");
		}
		if (set == null || set.cases().isEmpty()) {
			throw new InvalidCaseException("cases", "must list at least one case");
		}
		if (set.cases().size() > MAX_CASES) {
			throw new InvalidCaseException("cases", "must list at most " + MAX_CASES + " cases");
		}
		for (int i = 0; i < set.cases().size(); i++) {
			ReferenceSet.ReferenceCase reference = set.cases().get(i);
			String at = "cases[" + i + "]";
			if (reference.id() == null || reference.id().isBlank()) {
				throw new InvalidCaseException(at + ".id", "is required");
			}
			if (reference.profile() == null || !reference.profile().isObject()) {
				throw new InvalidCaseException(at + ".case", "is required (a case in the case format)");
			}
			if (reference.chosen().isEmpty()) {
				throw new InvalidCaseException(at + ".chosen", "must name what the board chose");
			}
			for (String component : reference.chosen()) {
				String problem = Evaluation.invalidComponent(component);
				if (problem != null) {
					throw new InvalidCaseException(at + ".chosen", problem);
				}
			}
		}
		return set;
	}

}
