package org.targetboard.prioritization.json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.intake.PlainText;
import org.targetboard.core.intake.PlausibleDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Reads every JSON string as {@link PlainText}, and with {@link #module()} every date as
 * a {@link PlausibleDate}: a string with control characters or a date outside 1900–2199
 * is refused where it is read, with its field, before any of it reaches the domain.
 */
public final class PlainTextDeserializer extends StringDeserializer {

	private PlainTextDeserializer() {
	}

	/**
	 * A module that reads all strings of a mapper this way, and every date as a
	 * {@link PlausibleDate}.
	 */
	public static SimpleModule module() {
		return new SimpleModule("plain-text").addDeserializer(String.class, new PlainTextDeserializer())
			.addDeserializer(LocalDate.class, new PlausibleDateDeserializer());
	}

	@Override
	public String deserialize(JsonParser parser, DeserializationContext context) {
		String value = super.deserialize(parser, context);
		if (value != null && !PlainText.isPlain(value)) {
			return (String) context.handleWeirdStringValue(String.class, value, "contains control characters");
		}
		return value;
	}

	/** Reads ISO dates and refuses those outside {@link PlausibleDate}. */
	private static final class PlausibleDateDeserializer extends StdScalarDeserializer<LocalDate> {

		PlausibleDateDeserializer() {
			super(LocalDate.class);
		}

		@Override
		public @Nullable LocalDate deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
			}
			String text = parser.getString().strip();
			if (text.isEmpty()) {
				return null;
			}
			try {
				LocalDate date = LocalDate.parse(text);
				if (PlausibleDate.isPlausible(date)) {
					return date;
				}
			}
			catch (DateTimeParseException ex) {
				// refused below, without the text
			}
			return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text,
					"must be an ISO date between 1900 and 2199");
		}

	}

}
