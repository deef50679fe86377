package org.targetboard.web.system;

import java.beans.PropertyEditorSupport;
import java.io.IOException;
import java.time.LocalDate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.intake.PlainText;
import org.targetboard.core.intake.PlausibleDate;
import org.targetboard.prioritization.json.EvidenceGradeJson;
import org.targetboard.prioritization.json.PlainTextDeserializer;
import org.targetboard.web.security.ProblemResponses;
import tools.jackson.databind.JacksonModule;

/**
 * Where input enters the application, before any controller sees it: every JSON string
 * and every form value must be plain text (control characters are refused with the field
 * named), form lists cannot be grown to arbitrary indexes, and a request whose
 * {@code Content-Type} is not a concrete media type is refused with 415. Nothing of the
 * input is quoted back or logged.
 */
@Configuration(proxyBeanMethods = false)
class InputBoundary {

	/**
	 * The most rows a form list may bind (history, lesions, advice options): far above
	 * any real case, and a crafted index beyond it is refused.
	 */
	static final int MAX_FORM_ROWS = 50;

	/**
	 * The largest request body, as for uploads ({@code spring.servlet.multipart}): a
	 * case, a Bundle or a form is far smaller.
	 */
	static final long MAX_BODY_BYTES = 6L * 1024 * 1024;

	@Bean
	JacksonModule plainTextModule() {
		return PlainTextDeserializer.module();
	}

	/** Evidence grades as the engine writes them, read also from their DNPM notation. */
	@Bean
	JacksonModule evidenceGradeModule() {
		return EvidenceGradeJson.module();
	}

	@Bean
	ContentTypeFilter contentTypeFilter() {
		return new ContentTypeFilter();
	}

	/** Binds form values as plain text and limits the rows a form can add. */
	@ControllerAdvice
	static class FormBinding {

		// Runs before the controllers' own binder methods; the row limit must be set
		// before
		// the editor, which initialises the binder.
		@InitBinder
		void bindPlainText(WebDataBinder binder) {
			binder.setAutoGrowCollectionLimit(MAX_FORM_ROWS);
			binder.registerCustomEditor(String.class, new PlainTextEditor());
			binder.registerCustomEditor(LocalDate.class, new PlausibleDateEditor());
			binder.registerCustomEditor(Double.class, new PlainNumberEditor());
			binder.registerCustomEditor(EvidenceGrade.class, new EvidenceGradeEditor());
		}

	}

	/** Refuses text with control characters as a type mismatch of its field. */
	static final class PlainTextEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text != null && !PlainText.isPlain(text)) {
				throw new IllegalArgumentException("control characters");
			}
			setValue(text);
		}

	}

	/**
	 * Shows a number as it was typed ({@code 145}, not {@code 145.0}); reads it as Java
	 * does, refusing trailing text.
	 */
	static final class PlainNumberEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			// NumberFormatException is an IllegalArgumentException: a field error.
			setValue(Double.valueOf(text.strip()));
		}

		@Override
		public String getAsText() {
			if (getValue() instanceof Double number && Double.isFinite(number)) {
				return java.math.BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
			}
			return (getValue() != null) ? String.valueOf(getValue()) : "";
		}

	}

	/**
	 * Reads an evidence grade from its DNPM notation ({@code m1B Z(FDA)}, or n/a) and
	 * shows it in that notation; what is not a grade is a type mismatch of its field.
	 */
	static final class EvidenceGradeEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			setValue(EvidenceGrade.parse(text).orElse(null));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof EvidenceGrade grade) ? grade.dnpm() : "";
		}

	}

	/** Reads ISO dates (as date inputs send them) between 1900 and 2199. */
	static final class PlausibleDateEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			if (text == null || text.isBlank()) {
				setValue(null);
				return;
			}
			LocalDate date;
			try {
				date = LocalDate.parse(text.strip());
			}
			catch (java.time.format.DateTimeParseException ex) {
				// The binder turns IllegalArgumentException into a field error.
				throw new IllegalArgumentException("not an ISO date");
			}
			if (!PlausibleDate.isPlausible(date)) {
				throw new IllegalArgumentException("implausible date");
			}
			setValue(date);
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof LocalDate date) ? date.toString() : "";
		}

	}

	/**
	 * Answers 415 with problem details when a request with a body names no concrete media
	 * type (such as {@code *}{@code /*}) or one that cannot be parsed; Spring MVC would
	 * fail on it with an internal error.
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	static final class ContentTypeFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > MAX_BODY_BYTES) {
				ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Content Too Large",
						"The request body is larger than the board accepts.");
				return;
			}
			String contentType = request.getContentType();
			if (contentType != null && !isConcrete(contentType)) {
				ProblemResponses.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
						"Unsupported Media Type", "The request's Content-Type is not a media type this service reads.");
				return;
			}
			chain.doFilter(request, response);
		}

		private static boolean isConcrete(String contentType) {
			try {
				MediaType type = MediaType.parseMediaType(contentType);
				return !type.isWildcardType() && !type.isWildcardSubtype();
			}
			catch (InvalidMediaTypeException ex) {
				return false;
			}
		}

	}

}
