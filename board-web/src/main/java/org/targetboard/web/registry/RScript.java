package org.targetboard.web.registry;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.targetboard.registry.analytics.Variable;

/**
 * The R script that comes with an export: reads each CSV file with the right types, turns
 * codes into labelled factors (levels in the dictionary's order) and dates into dates,
 * keeps 0/1 flags numeric with their labels as an attribute, and attaches the variable
 * labels as the {@code label} attribute. Generated from the data dictionary, so it always
 * matches the files.
 */
final class RScript {

	private RScript() {
	}

	static String of(List<Variable> dictionary, String version) {
		Map<String, List<Variable>> byDataset = Variable.byDataset(dictionary);
		StringBuilder r = new StringBuilder();
		r.append("# Target Board registry export: reads the CSV files and applies the value labels.\n");
		r.append("# Data dictionary version ")
			.append(version)
			.append(". Usage: source(\"labels.R\"); board <- ")
			.append("read_board(\"path/to/export\")\n\n");
		r.append("read_board <- function(dir = \".\") {\n  board <- list()\n");
		for (Map.Entry<String, List<Variable>> dataset : byDataset.entrySet()) {
			String name = dataset.getKey();
			r.append("  path <- file.path(dir, \"").append(name).append(".csv\")\n");
			r.append("  if (file.exists(path)) {\n");
			r.append("    d <- read.csv(path, na.strings = \"\", stringsAsFactors = FALSE, encoding = \"UTF-8\")\n");
			for (Variable v : dataset.getValue()) {
				String column = "d$" + v.name();
				r.append("    if (\"").append(v.name()).append("\" %in% names(d)) {\n");
				switch (v.type()) {
					case "date" ->
						r.append("      ").append(column).append(" <- as.Date(").append(column).append(")\n");
					// Flags stay numeric 0/1, so that Surv(time, event) counts events;
					// their
					// labels go into an attribute, as haven does.
					case "boolean" -> r.append("      ")
						.append(column)
						.append(" <- as.integer(")
						.append(column)
						.append(")\n      attr(")
						.append(column)
						.append(", \"labels\") <- c(no = 0L, yes = 1L)\n");
					case "code" -> r.append("      ")
						.append(column)
						.append(" <- factor(")
						.append(column)
						.append(", levels = c(")
						.append(strings(v.codes().keySet().stream().toList()))
						.append("), labels = c(")
						.append(strings(v.codes().values().stream().toList()))
						.append("))\n");
					case "string" ->
						r.append("      ").append(column).append(" <- as.character(").append(column).append(")\n");
					default -> {
						// Numbers are read as numbers.
					}
				}
				r.append("      attr(")
					.append(column)
					.append(", \"label\") <- ")
					.append(string(v.label()))
					.append("\n");
				r.append("    }\n");
			}
			r.append("    board$").append(name).append(" <- d\n  }\n");
		}
		r.append("  board\n}\n");
		return r.toString();
	}

	private static String strings(List<String> values) {
		return values.stream().map(RScript::string).collect(Collectors.joining(", "));
	}

	private static String string(String value) {
		return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
	}

}
