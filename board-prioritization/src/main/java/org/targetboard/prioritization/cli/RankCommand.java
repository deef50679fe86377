package org.targetboard.prioritization.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.evaluation.Evaluation;
import org.targetboard.prioritization.evaluation.EvaluationReport;
import org.targetboard.prioritization.evaluation.ReferenceSet;
import org.targetboard.prioritization.evaluation.ReferenceSets;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.prioritization.json.InvalidCaseException;
import org.targetboard.prioritization.json.ResultText;
import org.targetboard.prioritization.knowledge.KnowledgeBase;
import org.targetboard.prioritization.knowledge.KnowledgeBaseException;
import org.targetboard.prioritization.knowledge.KnowledgeBaseLoader;
import org.targetboard.prioritization.impact.KnowledgeBaseImpact;

/**
 * The command line.
 *
 * <pre>
 * rank CASE.json [--text] [--kb DIR] [--date YYYY-MM-DD]
 * impact --old DIR --new DIR CASE.json... [--date YYYY-MM-DD]
 * evaluate SET.(json|yaml) [--text] [--kb DIR] [--date YYYY-MM-DD]
 * validate [--kb DIR]
 * </pre>
 *
 * Exit codes: 0 done, 1 invalid input or knowledge base, 2 usage.
 */
public final class RankCommand {

	private RankCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8),
				new PrintStream(System.err, true, StandardCharsets.UTF_8)));
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			return usage(err);
		}
		List<String> positional = new ArrayList<>();
		boolean text = false;
		String kb = null;
		String oldKb = null;
		String newKb = null;
		LocalDate date = LocalDate.now();
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--text" -> text = true;
				case "--kb" -> kb = value(args, ++i);
				case "--old" -> oldKb = value(args, ++i);
				case "--new" -> newKb = value(args, ++i);
				case "--date" -> date = LocalDate.parse(value(args, ++i));
				default -> positional.add(args[i]);
			}
		}
		try {
			switch (args[0]) {
				case "rank" -> {
					if (positional.size() != 1) {
						return usage(err);
					}
					PrioritizationEngine engine = new PrioritizationEngine(knowledge(kb));
					CaseProfile profile = CaseJson.readProfile(read(Path.of(positional.get(0))));
					var result = engine.prioritize(profile, date);
					out.print(text ? ResultText.render(result) : CaseJson.write(result) + "\n");
					return 0;
				}
				case "impact" -> {
					if (oldKb == null || newKb == null || positional.isEmpty()) {
						return usage(err);
					}
					List<KnowledgeBaseImpact.NamedCase> cases = new ArrayList<>();
					for (String file : positional) {
						cases.add(new KnowledgeBaseImpact.NamedCase(file, CaseJson.readProfile(read(Path.of(file)))));
					}
					var report = KnowledgeBaseImpact.compare(knowledge(oldKb), knowledge(newKb), cases, date);
					out.print(text ? report.describe() : CaseJson.write(report) + "\n");
					return 0;
				}
				case "evaluate" -> {
					if (positional.size() != 1) {
						return usage(err);
					}
					Path file = Path.of(positional.get(0));
					ReferenceSet set = ReferenceSets.read(read(file), !file.getFileName().toString().endsWith(".json"));
					EvaluationReport report = Evaluation.run(new PrioritizationEngine(knowledge(kb)), set, date);
					out.print(text ? report.describe() : CaseJson.write(report) + "\n");
					return 0;
				}
				case "validate" -> {
					KnowledgeBase knowledge = knowledge(kb);
					out.println("Knowledge base " + knowledge.version() + " is valid (sha256 " + knowledge.contentHash()
							+ ")");
					return 0;
				}
				default -> {
					return usage(err);
				}
			}
		}
		catch (InvalidCaseException | KnowledgeBaseException ex) {
			err.println(ex.getMessage());
			return 1;
		}
		catch (IOException ex) {
			err.println("Cannot read " + ex.getMessage());
			return 1;
		}
	}

	private static KnowledgeBase knowledge(@Nullable String directory) {
		return (directory == null) ? KnowledgeBaseLoader.loadBundled(PrioritizationEngine.REQUIRED_RULES)
				: KnowledgeBaseLoader.loadFrom(Path.of(directory), PrioritizationEngine.REQUIRED_RULES);
	}

	private static String read(Path file) throws IOException {
		return Files.readString(file, StandardCharsets.UTF_8);
	}

	private static String value(String[] args, int index) {
		if (index >= args.length) {
			throw new IllegalArgumentException("missing value after " + args[index - 1]);
		}
		return args[index];
	}

	private static int usage(PrintStream err) {
		err.println("""
				usage: rank CASE.json [--text] [--kb DIR] [--date YYYY-MM-DD]
				       impact --old DIR --new DIR CASE.json... [--text] [--date YYYY-MM-DD]
				       evaluate SET.(json|yaml) [--text] [--kb DIR] [--date YYYY-MM-DD]
				       validate [--kb DIR]""");
		return 2;
	}

}
