package org.targetboard.web.registry;

import java.util.List;
import java.util.Map;

import org.targetboard.registry.analytics.Variable;

/**
 * The Stata do-file that comes with an export: imports each CSV file, turns ISO dates
 * into Stata dates, encodes codes with value labels in the dictionary's order, and sets
 * the variable labels. Generated from the data dictionary, like the R script.
 */
final class StataScript {

	private StataScript() {
	}

	static String of(List<Variable> dictionary, String version) {
		Map<String, List<Variable>> byDataset = Variable.byDataset(dictionary);
		StringBuilder d = new StringBuilder();
		d.append("* Target Board registry export: imports the CSV files and applies the labels.\n");
		d.append("* Data dictionary version ").append(version).append(". Run in the export's folder: do labels.do\n");
		d.append("version 14\n");
		for (Map.Entry<String, List<Variable>> dataset : byDataset.entrySet()) {
			String name = dataset.getKey();
			d.append("\ncapture confirm file \"").append(name).append(".csv\"\n");
			d.append("if _rc == 0 {\n");
			d.append("  import delimited using \"")
				.append(name)
				.append(".csv\", clear varnames(1) encoding(\"utf-8\") stringcols(_all)\n");
			for (Variable v : dataset.getValue()) {
				String var = v.name();
				d.append("  capture confirm variable ").append(var).append("\n");
				d.append("  if _rc == 0 {\n");
				switch (v.type()) {
					case "date" -> d.append("    generate double _d = date(")
						.append(var)
						.append(", \"YMD\")\n")
						.append("    drop ")
						.append(var)
						.append("\n    rename _d ")
						.append(var)
						.append("\n")
						.append("    format ")
						.append(var)
						.append(" %td\n");
					case "integer", "number" -> d.append("    destring ").append(var).append(", replace\n");
					// Flags keep their values 0 and 1; the labels only name them.
					case "boolean" -> {
						String label = labelName(name, var);
						d.append("    destring ").append(var).append(", replace\n");
						d.append("    label define ").append(label).append(" 0 `\"no\"' 1 `\"yes\"', replace\n");
						d.append("    label values ").append(var).append(" ").append(label).append("\n");
					}
					case "code" -> {
						String label = labelName(name, var);
						d.append("    label define ").append(label).append(" ");
						int code = 1;
						for (Map.Entry<String, String> entry : v.codes().entrySet()) {
							d.append(code++).append(" ").append(quote(entry.getValue())).append(" ");
						}
						d.append(", replace\n");
						d.append("    generate long _c = .\n");
						code = 1;
						for (String value : v.codes().keySet()) {
							d.append("    replace _c = ")
								.append(code++)
								.append(" if ")
								.append(var)
								.append(" == ")
								.append(quote(value))
								.append("\n");
						}
						d.append("    drop ").append(var).append("\n    rename _c ").append(var).append("\n");
						d.append("    label values ").append(var).append(" ").append(label).append("\n");
					}
					default -> {
						// Strings stay strings.
					}
				}
				d.append("    label variable ").append(var).append(" ").append(quote(shorten(v.label()))).append("\n");
				d.append("  }\n");
			}
			d.append("  save \"").append(name).append(".dta\", replace\n}\n");
		}
		return d.toString();
	}

	// Stata names of value labels hold at most 32 characters.
	private static String labelName(String dataset, String variable) {
		String label = "l_" + (dataset + "_" + variable).replaceAll("[^a-z0-9_]", "_");
		return (label.length() > 32) ? label.substring(0, 32) : label;
	}

	// Stata variable labels hold at most 80 characters.
	private static String shorten(String label) {
		return (label.length() <= 80) ? label : label.substring(0, 79) + "…";
	}

	private static String quote(String value) {
		return "`\"" + value + "\"'";
	}

}
