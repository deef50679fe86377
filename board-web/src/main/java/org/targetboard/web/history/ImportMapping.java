package org.targetboard.web.history;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.IntakeProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * How another registry's columns become Target Board's records (docs/import.md): the
 * source's name, its record-id and centre columns, and for the case, its consent, the
 * meeting, the advice and each follow-up report the fields of Target Board's own formats,
 * each filled from a column (translated by codes), a constant, a REDCap checkbox field or
 * a list in one cell.
 */
final class ImportMapping {

	/** The format this reader understands. */
	static final String FORMAT = "target-board-import/1";

	/** The largest mapping file. */
	static final int MAX_BYTES = 256 * 1024;

	private static final Set<String> VALUE_KEYS = Set.of("column", "codes", "value", "checked", "split");

	private static final Set<String> SECTIONS = Set.of("format", "source", "recordId", "repeatInstrument", "centre",
			"case", "consent", "meeting", "advice", "followUp");

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private final ObjectNode tree;

	private ImportMapping(ObjectNode tree) {
		this.tree = tree;
	}

	/**
	 * Reads a mapping file and checks that it names only columns the table has.
	 * @throws InvalidImportException if it is not a mapping of this format
	 */
	static ImportMapping read(byte[] yaml, SourceTable table) {
		if (yaml.length == 0 || yaml.length > MAX_BYTES) {
			throw refused("size", "must be a YAML file of at most " + MAX_BYTES / 1024 + " KB");
		}
		JsonNode tree;
		try {
			tree = YAML.readTree(yaml);
		}
		catch (JacksonException ex) {
			throw refused("yaml", "is not well-formed YAML");
		}
		if (!(tree instanceof ObjectNode object) || !FORMAT.equals(text(object.get("format")))) {
			throw refused("format", "must declare format: " + FORMAT);
		}
		ImportMapping mapping = new ImportMapping(object);
		List<IntakeProblem> problems = new ArrayList<>();
		for (String name : object.propertyNames()) {
			if (!SECTIONS.contains(name)) {
				problems.add(new IntakeProblem("mapping", "unknownSection", "has a section it does not know: " + name,
						List.of(name)));
			}
		}
		for (String required : List.of("source", "recordId", "centre", "case", "advice")) {
			if (!object.has(required)) {
				problems.add(new IntakeProblem("mapping", "required", "needs the section " + required));
			}
		}
		String source = text(object.get("source"));
		if (source == null || source.isBlank() || source.length() > 100) {
			problems.add(new IntakeProblem("mapping", "source", "must name its source in at most 100 characters"));
		}
		Set<String> columns = new LinkedHashSet<>();
		collectColumns(object, columns);
		for (String column : columns) {
			if (!table.columns().contains(column)) {
				problems.add(new IntakeProblem("mapping", "unknownColumn",
						"names a column the file does not have: " + column, List.of(column)));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidImportException(problems);
		}
		return mapping;
	}

	String source() {
		return text(this.tree.get("source"));
	}

	String recordIdColumn() {
		return text(this.tree.get("recordId"));
	}

	/** The column naming a repeating instrument's rows, if the source has one. */
	@Nullable String repeatColumn() {
		return text(this.tree.get("repeatInstrument"));
	}

	/** The repeating instrument whose rows are follow-up reports, if mapped. */
	@Nullable String followUpInstrument() {
		JsonNode followUp = this.tree.get("followUp");
		return (followUp != null) ? text(followUp.get("instrument")) : null;
	}

	boolean has(String section) {
		return this.tree.has(section);
	}

	/** The section built from a row, with where each of its fields came from. */
	Built build(String section, Map<String, String> row) {
		JsonNode spec = this.tree.get(section);
		if ("followUp".equals(section)) {
			spec = spec.get("report");
		}
		Built built = new Built(JsonNodeFactory.instance.objectNode(), new LinkedHashMap<>(), new ArrayList<>());
		if (spec instanceof ObjectNode object) {
			object(object, row, "", built, built.json());
		}
		return built;
	}

	/** The centre's code of a row, or null when absent or untranslated. */
	Built centre(Map<String, String> row) {
		Built built = new Built(JsonNodeFactory.instance.objectNode(), new LinkedHashMap<>(), new ArrayList<>());
		put(built.json(), "centre", this.tree.get("centre"), row, "centre", built);
		return built;
	}

	/**
	 * A section as JSON in Target Board's format, where each field came from, and the
	 * fields whose code the mapping does not translate.
	 */
	record Built(ObjectNode json, Map<String, String> origins, List<IntakeProblem> problems) {

		/** The source column of a field the domain refused ({@code lesions[1].gene}). */
		@Nullable String columnOf(String field) {
			String exact = this.origins.get(field);
			if (exact != null) {
				return exact;
			}
			// Some rules name the list without its index ("lesions.gene").
			String bare = field.replaceAll("\\[\\d+]", "");
			return this.origins.entrySet()
				.stream()
				.filter((origin) -> origin.getKey().replaceAll("\\[\\d+]", "").equals(bare))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		@Nullable String text(String field) {
			JsonNode node = this.json.get(field);
			return (node == null || node.isNull()) ? null : node.asString();
		}

	}

	// Whether a row filled any column-backed field of the object (a list entry with none
	// is no entry).
	private static boolean object(ObjectNode spec, Map<String, String> row, String path, Built built,
			ObjectNode target) {
		boolean filled = false;
		for (Map.Entry<String, JsonNode> field : spec.properties()) {
			String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
			JsonNode value = field.getValue();
			if (value instanceof ArrayNode entries) {
				ArrayNode list = target.putArray(field.getKey());
				for (JsonNode entry : entries) {
					if (entry instanceof ObjectNode entrySpec) {
						ObjectNode element = JsonNodeFactory.instance.objectNode();
						Built scratch = new Built(element, new LinkedHashMap<>(), new ArrayList<>());
						String elementPath = at + "[" + list.size() + "]";
						if (object(entrySpec, row, elementPath, scratch, element)) {
							list.add(element);
							built.origins().putAll(scratch.origins());
							built.problems().addAll(scratch.problems());
							filled = true;
						}
					}
				}
			}
			else if (value instanceof ObjectNode nested && !isValue(nested)) {
				ObjectNode child = target.putObject(field.getKey());
				filled |= object(nested, row, at, built, child);
			}
			else {
				filled |= put(target, field.getKey(), value, row, at, built);
			}
		}
		return filled;
	}

	// Puts one field's value; whether a column filled it.
	private static boolean put(ObjectNode target, String name, JsonNode spec, Map<String, String> row, String path,
			Built built) {
		if (spec.isString()) {
			return column(target, name, spec.asString(), null, null, row, path, built);
		}
		if (!(spec instanceof ObjectNode value)) {
			return false;
		}
		if (value.has("value")) {
			target.set(name, value.get("value"));
			return false;
		}
		if (value.get("checked") instanceof ObjectNode checked) {
			ArrayNode list = JsonNodeFactory.instance.arrayNode();
			for (Map.Entry<String, JsonNode> box : checked.properties()) {
				if ("1".equals(row.get(box.getKey()))) {
					list.add(box.getValue());
					built.origins().putIfAbsent(path, box.getKey());
				}
			}
			if (!list.isEmpty()) {
				target.set(name, list);
				return true;
			}
			return false;
		}
		return column(target, name, text(value.get("column")), value.get("codes"), text(value.get("split")), row, path,
				built);
	}

	private static boolean column(ObjectNode target, String name, @Nullable String column, @Nullable JsonNode codes,
			@Nullable String split, Map<String, String> row, String path, Built built) {
		String raw = (column != null) ? row.getOrDefault(column, "") : "";
		if (raw.isEmpty()) {
			return false;
		}
		built.origins().put(path, column);
		if (codes instanceof ObjectNode translation) {
			JsonNode translated = translation.get(raw);
			if (translated == null) {
				// The code is not echoed: the report names the column.
				built.problems()
					.add(new IntakeProblem(path, "untranslatedCode", "has a code the mapping does not translate"));
				return true;
			}
			target.set(name, translated);
		}
		else if (split != null && !split.isEmpty()) {
			ArrayNode list = target.putArray(name);
			for (String part : raw.split(java.util.regex.Pattern.quote(split))) {
				if (!part.isBlank()) {
					list.add(part.strip());
				}
			}
		}
		else {
			target.put(name, raw);
		}
		return true;
	}

	private static boolean isValue(ObjectNode node) {
		return !node.isEmpty() && VALUE_KEYS.containsAll(node.propertyNames());
	}

	private static void collectColumns(JsonNode node, Set<String> columns) {
		if (node instanceof ObjectNode object) {
			if (isValue(object)) {
				String column = text(object.get("column"));
				if (column != null) {
					columns.add(column);
				}
				if (object.get("checked") instanceof ObjectNode checked) {
					columns.addAll(checked.propertyNames());
				}
				return;
			}
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				if (field.getValue().isString() && !Set.of("format", "source", "instrument").contains(field.getKey())) {
					columns.add(field.getValue().asString());
				}
				else {
					collectColumns(field.getValue(), columns);
				}
			}
		}
		else if (node instanceof ArrayNode array) {
			array.forEach((element) -> collectColumns(element, columns));
		}
	}

	private static @Nullable String text(@Nullable JsonNode node) {
		return (node == null || !node.isString()) ? null : node.asString();
	}

	private static InvalidImportException refused(String code, String message) {
		return new InvalidImportException(List.of(new IntakeProblem("mapping", code, message)));
	}

}
