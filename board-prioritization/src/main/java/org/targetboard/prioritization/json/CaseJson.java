package org.targetboard.prioritization.json;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.MrdValue;
import org.targetboard.core.profile.CaseProfile;
import org.targetboard.core.profile.InvalidProfileException;
import org.targetboard.prioritization.PrioritizationResult;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON form of case profiles (documented in {@code docs/case-format.schema.json}) and
 * of results. Unknown fields and unknown enumeration values (e.g. an unknown intent) are
 * rejected with the field named.
 */
public final class CaseJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		// Absent flags (booleans) mean false.
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(SerializationFeature.INDENT_OUTPUT)
		.addModule(PlainTextDeserializer.module())
		.addModule(EvidenceGradeJson.module())
		.addModule(new SimpleModule("mrd").addSerializer(MrdValue.class, new MrdSerializer())
			.addDeserializer(MrdValue.class, new MrdDeserializer()))
		.build();

	/**
	 * Reads results back as stored: tolerant of derived properties written alongside the
	 * components (such as a trial's {@code candidate} flag).
	 */
	private static final JsonMapper RESULT_READER = MAPPER.rebuild()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private CaseJson() {
	}

	/**
	 * Reads a result written by {@link #write(PrioritizationResult)}, e.g. the ranking
	 * stored with a case.
	 * @throws InvalidCaseException if the document is not such a result
	 */
	public static PrioritizationResult readResult(String json) {
		try {
			return RESULT_READER.readValue(json, PrioritizationResult.class);
		}
		catch (JacksonException ex) {
			throw new InvalidCaseException("", "not a stored ranking");
		}
	}

	/**
	 * Reads a case profile.
	 * @throws InvalidCaseException naming the field when the document is not a valid case
	 */
	public static CaseProfile readProfile(String json) {
		ObjectNode tree = readObject(json);
		for (String required : new String[] { "diagnosis", "relapseNumber" }) {
			if (!tree.has(required) || tree.get(required).isNull()) {
				throw new InvalidCaseException(required, "is required");
			}
		}
		// Every field of the schema is accepted, also those that only the board's intake
		// uses (age in months, extramedullary site, MRD at relapse, the question): a case
		// as a centre wrote it ranks as it is.
		JsonNode country = tree.remove("country");
		tree.remove("treatingHospital");
		CaseIntake intake = convert(tree, CaseIntake.class);
		try {
			return intake.toProfile((country != null && !country.isNull()) ? country.asString() : null);
		}
		catch (InvalidProfileException ex) {
			throw new InvalidCaseException(ex.field(), ex.getMessage().substring(ex.field().length()).strip());
		}
	}

	/**
	 * Reads a case as a centre submits it: the case format with the intake's additional
	 * fields (documented in the same schema). Every field may be missing in a draft; the
	 * country, if present, is ignored because it is the submitting centre's.
	 * @throws InvalidCaseException naming the field when the document is not a valid case
	 */
	public static CaseIntake readIntake(String json) {
		ObjectNode tree = readObject(json);
		tree.remove("country");
		tree.remove("treatingHospital");
		return convert(tree, CaseIntake.class);
	}

	/**
	 * The treating hospital's code of a case as a centre submits it, as written; the
	 * registry checks that the centre coordinates it.
	 * @throws InvalidCaseException if the document is not a JSON object or the field is
	 * not text
	 */
	public static @Nullable String readTreatingHospital(String json) {
		JsonNode hospital = readObject(json).get("treatingHospital");
		if (hospital == null || hospital.isNull()) {
			return null;
		}
		if (!hospital.isString()) {
			throw new InvalidCaseException("treatingHospital", "must be a hospital code");
		}
		return hospital.asString();
	}

	private static ObjectNode readObject(String json) {
		JsonNode tree;
		try {
			tree = MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw new InvalidCaseException("", "not well-formed JSON (line "
					+ ((ex.getLocation() != null) ? ex.getLocation().getLineNr() : "?") + ")");
		}
		if (tree == null || !tree.isObject()) {
			throw new InvalidCaseException("", "a case is a JSON object");
		}
		return (ObjectNode) tree;
	}

	private static <T> T convert(ObjectNode tree, Class<T> type) {
		try {
			return MAPPER.treeToValue(tree, type);
		}
		catch (JacksonException ex) {
			throw translate(ex);
		}
	}

	/** The result as indented JSON. */
	public static String write(PrioritizationResult result) {
		return MAPPER.writeValueAsString(result);
	}

	/** Any value as indented JSON. */
	public static String write(Object value) {
		return MAPPER.writeValueAsString(value);
	}

	/** The mapper, for callers that embed case documents in their own JSON. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

	private static InvalidCaseException translate(JacksonException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidProfileException invalid) {
				return new InvalidCaseException(invalid.field(),
						invalid.getMessage().substring(invalid.field().length()).strip());
			}
		}
		if (ex instanceof UnrecognizedPropertyException unknown) {
			// The unknown name is the sender's text (it may be a patient's name): name
			// the
			// object that holds it, never the name itself.
			String parent = path(unknown, unknown.getPath().size() - 1);
			return new InvalidCaseException(parent, "has a field that is not part of the case format");
		}
		String path = (ex instanceof DatabindException databind) ? path(databind, databind.getPath().size()) : "";
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return new InvalidCaseException(path,
					"must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
						.map(Object::toString)
						.collect(Collectors.joining(", ")));
		}
		if (ex instanceof MismatchedInputException) {
			return new InvalidCaseException(path, "has the wrong type or format");
		}
		return new InvalidCaseException(path, "cannot be read");
	}

	private static String path(DatabindException ex, int depth) {
		StringBuilder path = new StringBuilder();
		for (var reference : ex.getPath().subList(0, Math.max(depth, 0))) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	/** Writes an MRD level in its canonical notation, e.g. {@code <0.01%}. */
	private static final class MrdSerializer extends ValueSerializer<MrdValue> {

		@Override
		public void serialize(MrdValue value, JsonGenerator generator, SerializationContext context) {
			generator.writeString(value.toString());
		}

	}

	/**
	 * Reads an MRD level from a notation ({@code 0.01%}, {@code <0.01%}, {@code 1e-4}) or
	 * a number (a fraction).
	 */
	private static final class MrdDeserializer extends ValueDeserializer<MrdValue> {

		@Override
		public MrdValue deserialize(JsonParser parser, DeserializationContext context) {
			String field = parser.currentName();
			try {
				if (parser.currentToken() == JsonToken.VALUE_STRING) {
					return MrdValue.parse(parser.getString());
				}
				if (parser.currentToken().isNumeric()) {
					return new MrdValue(parser.getDoubleValue(), false);
				}
			}
			catch (IllegalArgumentException ex) {
				// fall through: the message names the accepted notations
			}
			throw new InvalidProfileException((field != null) ? field : "mrd", "mrd",
					"must be an MRD level such as 0.01%, <0.01% or 1e-4");
		}

	}

}
