package org.targetboard.prioritization.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Wording, parameters and sources of one engine rule ({@code rules.yaml}).
 *
 * @param id the rule id
 * @param text the reason template; {@code {name}} placeholders are filled by the rule
 * @param parameters numbers and lists the rule uses
 * @param sources cited sources
 * @param reviewed when curators last reviewed the entry
 */
public record RuleSettings(String id, String text, Map<String, Object> parameters, List<String> sources,
		LocalDate reviewed) {

	public RuleSettings {
		parameters = (parameters != null) ? Map.copyOf(parameters) : Map.of();
		sources = Lists.orEmpty(sources);
	}

	/**
	 * A numeric parameter.
	 * @throws KnowledgeBaseException if it is missing or not a number
	 */
	public double number(String name) {
		if (this.parameters.get(name) instanceof Number number) {
			return number.doubleValue();
		}
		throw new KnowledgeBaseException("rules.yaml", this.id, "parameter '" + name + "' is missing or not a number");
	}

	/**
	 * A text parameter.
	 * @throws KnowledgeBaseException if it is missing
	 */
	public String text(String name) {
		if (this.parameters.get(name) instanceof String text) {
			return text;
		}
		throw new KnowledgeBaseException("rules.yaml", this.id, "parameter '" + name + "' is missing or not text");
	}

	/**
	 * A list parameter of texts (empty when absent).
	 * @throws KnowledgeBaseException if it is not a list
	 */
	public List<String> list(String name) {
		Object value = this.parameters.get(name);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		throw new KnowledgeBaseException("rules.yaml", this.id, "parameter '" + name + "' is not a list");
	}

	/**
	 * A map parameter keyed by text (empty when absent).
	 * @throws KnowledgeBaseException if it is not a map
	 */
	public Map<String, Object> map(String name) {
		Object value = this.parameters.get(name);
		if (value == null) {
			return Map.of();
		}
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new java.util.TreeMap<>();
			map.forEach((key, entry) -> copy.put(String.valueOf(key), entry));
			return copy;
		}
		throw new KnowledgeBaseException("rules.yaml", this.id, "parameter '" + name + "' is not a map");
	}

	/** The reason text with placeholders filled, e.g. {@code format("percent", 12)}. */
	public String format(Object... namesAndValues) {
		String result = this.text;
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			result = result.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
		}
		return result;
	}

}
