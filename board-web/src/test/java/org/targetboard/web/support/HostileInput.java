package org.targetboard.web.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A seeded generator of hostile inputs for the fuzz tests: values that broke the
 * application in the external audit (NUL characters, NaN, out-of-range dates and numbers,
 * null enumerations, empty rows, 100 kB texts, formula cells, unknown keys, bodies that
 * are not JSON) and their relatives. Every hostile text carries {@link #MARK}, so a test
 * can look for it in error bodies and in the log.
 */
public final class HostileInput {

	/** A token that no valid response and no log line contains. */
	public static final String MARK = "Zq7Hostile";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> TEXTS = List.of(MARK + "\u0000", MARK + "x".repeat(100_000), "-5",
			"=1+cmd|calc!A1" + MARK, "NaN", "Infinity", "-Infinity", "-2147483649", "0000-01-01", "+999999999-12-31",
			"2026-02-30", "1e309", MARK + "<script>alert(1)</script>", MARK + "\uD800",
			"Patient DOB 12-03-2014 " + MARK, "", "   ", MARK + "\n\r\t", "' or 1=1--" + MARK,
			MARK + "%s%n${jndi:ldap://x}", "\u202E" + MARK, MARK + "@clinic.example", "-1", "p.T315I" + MARK,
			"BCR::" + MARK, "::", "a::b::c", "9".repeat(40), MARK + "\u0007\u001b[31m", "ALL", "REGISTRY", "SUBMIT",
			"CLOSE", "M3", "true");

	private static final List<String> RAW_BODIES = List.of("", "null", "[]", "\"" + MARK + "\"", "{", "{\"a\":",
			"{\"diagnosis\": NaN}", "[".repeat(5000) + "]".repeat(5000), "{\"" + MARK + "\": 1}",
			"<xml>" + MARK + "</xml>", "{\"diagnosis\": \"AML\", \"diagnosis\": \"" + MARK + "\"}", "\u0000" + MARK,
			"{}", "123", "{\"history\": [" + "{},".repeat(2000) + "{}]}");

	private final Random random;

	public HostileInput(long seed) {
		this.random = new Random(seed);
	}

	public Random random() {
		return this.random;
	}

	/** Picks one element. */
	public <T> T pick(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	/** A hostile text. */
	public String text() {
		return pick(TEXTS);
	}

	/** A request body: the template with one hostile change, or no JSON at all. */
	public String jsonBody(String template) {
		int kind = this.random.nextInt(100);
		if (kind < 8) {
			return pick(RAW_BODIES);
		}
		JsonNode root = JSON.readTree(template);
		List<Slot> slots = new ArrayList<>();
		collect(root, slots);
		if (kind < 16 || slots.isEmpty()) {
			ObjectNode target = objectIn(root);
			target.put(MARK + "Name", MARK + " Jansen");
			return root.toString();
		}
		Slot slot = pick(slots);
		if (kind < 22) {
			slot.remove();
			return root.toString();
		}
		slot.replace(value());
		return root.toString();
	}

	/** A hostile JSON value. */
	JsonNode value() {
		return switch (this.random.nextInt(14)) {
			case 0 -> NODES.nullNode();
			case 1 -> NODES.objectNode();
			case 2 -> NODES.arrayNode();
			case 3 -> NODES.arrayNode().add(NODES.nullNode());
			case 4 -> NODES.arrayNode().add(NODES.objectNode());
			case 5 -> NODES.numberNode(-2147483649L);
			case 6 -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999999"));
			case 7 -> NODES.numberNode(-1.5);
			case 8 -> NODES.booleanNode(true);
			case 9 -> {
				ArrayNode many = NODES.arrayNode();
				for (int i = 0; i < 3000; i++) {
					many.add(NODES.objectNode().put("kind", "CHEMOTHERAPY"));
				}
				yield many;
			}
			case 10 -> NODES.numberNode(1e300);
			default -> NODES.stringNode(text());
		};
	}

	/** A form with one hostile change; the CSRF token is kept. */
	public List<Map.Entry<String, String>> formBody(List<Map.Entry<String, String>> fields) {
		List<Map.Entry<String, String>> mutated = new ArrayList<>(fields);
		int kind = this.random.nextInt(100);
		List<Integer> changeable = new ArrayList<>();
		for (int i = 0; i < mutated.size(); i++) {
			if (!mutated.get(i).getKey().equals("_csrf")) {
				changeable.add(i);
			}
		}
		if (kind < 10 || changeable.isEmpty()) {
			mutated.add(Map.entry(
					pick(List.of("history[5000].kind", "lesions[300].gene", "markers[-1].marker", "options[999].type",
							MARK + "Name", "history[0].agents[9999]", "class.module.classLoader")),
					pick(List.of("CHEMOTHERAPY", MARK, "x"))));
			return mutated;
		}
		int index = pick(changeable);
		if (kind < 18) {
			mutated.remove(index);
			return mutated;
		}
		if (kind < 24) {
			mutated.add(Map.entry(mutated.get(index).getKey(), text()));
			return mutated;
		}
		mutated.set(index, Map.entry(mutated.get(index).getKey(), text()));
		return mutated;
	}

	private ObjectNode objectIn(JsonNode root) {
		List<ObjectNode> objects = new ArrayList<>();
		objects(root, objects);
		return objects.isEmpty() ? NODES.objectNode() : pick(objects);
	}

	private static void objects(JsonNode node, List<ObjectNode> objects) {
		if (node instanceof ObjectNode object) {
			objects.add(object);
		}
		for (JsonNode child : node.values()) {
			objects(child, objects);
		}
	}

	private static void collect(JsonNode node, List<Slot> slots) {
		if (node instanceof ObjectNode object) {
			Iterator<String> names = object.propertyNames().iterator();
			while (names.hasNext()) {
				String name = names.next();
				slots.add(new Slot(object, name, -1));
				collect(object.get(name), slots);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (int i = 0; i < array.size(); i++) {
				slots.add(new Slot(array, null, i));
				collect(array.get(i), slots);
			}
		}
	}

	/** A place in a document that can be replaced or removed. */
	private record Slot(JsonNode container, String name, int index) {

		void replace(JsonNode value) {
			if (this.container instanceof ObjectNode object) {
				object.set(this.name, value);
			}
			else {
				((ArrayNode) this.container).set(this.index, value);
			}
		}

		void remove() {
			if (this.container instanceof ObjectNode object) {
				object.remove(this.name);
			}
			else {
				((ArrayNode) this.container).remove(this.index);
			}
		}

	}

}
