package org.targetboard.web.registry;

import java.util.List;
import java.util.Map;

import org.targetboard.registry.analytics.Variable;

/**
 * The SPSS syntax that comes with an export (also read by GNU PSPP): reads each CSV file
 * with the right formats (ISO dates as dates, numbers as numbers, an empty field as
 * system-missing, never 0), keeps 0/1 flags numeric with value labels that do not recode
 * them, labels codes and variables, and saves a {@code .sav} file per data set. Generated
 * from the data dictionary, like the R and Stata scripts.
 */
final class SpssSyntax {

	private SpssSyntax() {
	}

	static String of(List<Variable> dictionary, String version) {
		// GET DATA names every column in file order: free text is not in the files.
		Map<String, List<Variable>> byDataset = Variable
			.byDataset(dictionary.stream().filter((v) -> !v.freeText()).toList());
		StringBuilder s = new StringBuilder();
		s.append("* Target Board registry export: reads the CSV files and applies the labels.\n");
		s.append("* Data dictionary version ")
			.append(version)
			.append(". Run in the export's folder (CD first), then each data set is saved as .sav.\n");
		for (Map.Entry<String, List<Variable>> dataset : byDataset.entrySet()) {
			String name = dataset.getKey();
			s.append("\nGET DATA /TYPE=TXT /FILE='").append(name).append(".csv' /ENCODING='UTF8'\n");
			s.append("  /ARRANGEMENT=DELIMITED /DELCASE=LINE /FIRSTCASE=2 /DELIMITERS=\",\" /QUALIFIER='\"'\n");
			s.append("  /VARIABLES=");
			for (Variable v : dataset.getValue()) {
				s.append("\n    ").append(v.name()).append(' ').append(format(v));
			}
			s.append(".\n");
			s.append("VARIABLE LABELS");
			for (Variable v : dataset.getValue()) {
				s.append("\n  ").append(v.name()).append(' ').append(quote(v.label()));
			}
			s.append(".\n");
			for (Variable v : dataset.getValue()) {
				switch (v.type()) {
					// The flags keep their values 0 and 1; the labels only name them.
					case "boolean" -> s.append("VALUE LABELS ").append(v.name()).append(" 0 'no' 1 'yes'.\n");
					case "code" -> {
						s.append("VALUE LABELS ").append(v.name());
						for (Map.Entry<String, String> code : v.codes().entrySet()) {
							s.append("\n  ").append(quote(code.getKey())).append(' ').append(quote(code.getValue()));
						}
						s.append(".\n");
					}
					default -> {
						// Numbers, dates and text carry no value labels.
					}
				}
			}
			s.append("SAVE OUTFILE='").append(name).append(".sav'.\n");
		}
		return s.toString();
	}

	// Codes are at most 40 characters, text at most the board's longest (4,000).
	private static String format(Variable v) {
		return switch (v.type()) {
			case "date" -> "SDATE10";
			case "integer" -> "F10.0";
			case "number" -> "F12.3";
			case "boolean" -> "F1.0";
			case "code" -> "A40";
			default -> "A4000";
		};
	}

	private static String quote(String value) {
		return "'" + value.replace("'", "''") + "'";
	}

}
