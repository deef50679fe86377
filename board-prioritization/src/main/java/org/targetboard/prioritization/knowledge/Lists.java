package org.targetboard.prioritization.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Absent lists in the YAML files are empty lists in the model.
 */
final class Lists {

	private Lists() {
	}

	static <T> List<T> orEmpty(@Nullable List<T> list) {
		return (list != null) ? List.copyOf(list) : List.of();
	}

}
