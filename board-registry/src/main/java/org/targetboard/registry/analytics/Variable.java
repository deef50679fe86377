package org.targetboard.registry.analytics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One variable of an exported data set, as the data dictionary describes it.
 *
 * @param dataset the data set (file) it belongs to
 * @param name the column name
 * @param label what it means
 * @param type {@code string}, {@code integer}, {@code number}, {@code date},
 * {@code boolean} or {@code code}
 * @param unit the unit, where one applies
 * @param codes for a code: each value with its label, in order
 * @param freeText whether it is free text, left out of a file unless an administrator
 * includes it
 */
public record Variable(String dataset, String name, String label, String type, @Nullable String unit,
		Map<String, String> codes, boolean freeText) {

	public Variable {
		codes = new LinkedHashMap<>(codes);
	}

	/** The variables of a dictionary by data set, both in the dictionary's order. */
	public static Map<String, List<Variable>> byDataset(List<Variable> dictionary) {
		Map<String, List<Variable>> byDataset = new LinkedHashMap<>();
		for (Variable variable : dictionary) {
			byDataset.computeIfAbsent(variable.dataset(), (key) -> new ArrayList<>()).add(variable);
		}
		return byDataset;
	}

}
