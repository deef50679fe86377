package org.targetboard.fhir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.targetboard.core.profile.HgncIds;

/**
 * The knowledge base's HGNC ids, read from its genes.yaml beside this module (the mapping
 * module does not depend on the engine), and imports with them.
 */
final class Imports {

	static final HgncIds GENES = readGenes();

	private Imports() {
	}

	static ImportResult read(String json) {
		return BundleImport.read(json, GENES, null);
	}

	private static HgncIds readGenes() {
		Path file = Path.of("..", "board-prioritization", "src", "main", "resources", "knowledge-base", "genes.yaml");
		Pattern line = Pattern.compile("^  ([A-Z0-9-]+): \"(HGNC:[0-9]+)\"$", Pattern.MULTILINE);
		try {
			Matcher matcher = line.matcher(Files.readString(file));
			Map<String, String> ids = new LinkedHashMap<>();
			while (matcher.find()) {
				ids.put(matcher.group(1), matcher.group(2));
			}
			return new HgncIds(ids);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
