package org.targetboard.prioritization.json;

import java.util.EnumSet;
import java.util.Set;

import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.evidence.EvidenceLevel;
import org.targetboard.core.evidence.EvidenceModifier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * An evidence grade in JSON, the same in the engine's ranking and in the advice: written
 * as an object with its DNPM notation, level, modifiers and the ESCAT and OncoKB
 * equivalents; read from that object or from the DNPM notation alone
 * ({@code "m1B Z(FDA)"}). What is not a grade is refused on its field with
 * {@link EvidenceGrade#FORMAT}.
 */
public final class EvidenceGradeJson {

	private EvidenceGradeJson() {
	}

	public static SimpleModule module() {
		return new SimpleModule("evidence-grade").addSerializer(EvidenceGrade.class, new Writer())
			.addDeserializer(EvidenceGrade.class, new Reader());
	}

	private static final class Writer extends ValueSerializer<EvidenceGrade> {

		@Override
		public void serialize(EvidenceGrade grade, JsonGenerator generator, SerializationContext context) {
			generator.writeStartObject();
			generator.writeStringProperty("dnpm", grade.dnpm());
			generator.writeStringProperty("level", grade.level().name());
			generator.writeArrayPropertyStart("modifiers");
			grade.modifiers().stream().sorted().map(EvidenceModifier::name).forEach(generator::writeString);
			generator.writeEndArray();
			generator.writeStringProperty("escat", grade.escat());
			generator.writeStringProperty("oncoKb", grade.oncoKb());
			generator.writeEndObject();
		}

	}

	private static final class Reader extends ValueDeserializer<EvidenceGrade> {

		@Override
		public EvidenceGrade deserialize(JsonParser parser, DeserializationContext context) {
			JsonNode node = context.readTree(parser);
			try {
				if (node.isString()) {
					return EvidenceGrade.parse(node.asString()).orElse(null);
				}
				if (node.path("dnpm").isString()) {
					return EvidenceGrade.parse(node.path("dnpm").asString()).orElse(null);
				}
				Set<EvidenceModifier> modifiers = EnumSet.noneOf(EvidenceModifier.class);
				node.path("modifiers")
					.forEach((modifier) -> modifiers.add(EvidenceModifier.valueOf(modifier.asString())));
				return new EvidenceGrade(EvidenceLevel.valueOf(node.path("level").asString()), modifiers);
			}
			catch (IllegalArgumentException | NullPointerException ex) {
				// The sender's text is not repeated: the refusal says how a grade is
				// written.
				return (EvidenceGrade) context.handleWeirdStringValue(EvidenceGrade.class, "", EvidenceGrade.FORMAT);
			}
		}

	}

}
