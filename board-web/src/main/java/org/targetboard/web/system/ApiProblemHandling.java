package org.targetboard.web.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.targetboard.core.evidence.EvidenceGrade;
import org.targetboard.core.advice.AdviceIssuedException;
import org.targetboard.core.advice.SignatureNotConfirmedException;
import org.targetboard.core.advice.StaleAdviceException;
import org.targetboard.core.boardcase.ActionNotPermittedException;
import org.targetboard.core.boardcase.CaseNotEditableException;
import org.targetboard.core.boardcase.CaseNotFoundException;
import org.targetboard.core.boardcase.StaleCaseException;
import org.targetboard.core.boardcase.TransitionRefusedException;
import org.targetboard.core.consent.ConsentRequiredException;
import org.targetboard.core.intake.InvalidInputException;
import org.targetboard.core.intake.PossibleIdentifiersException;
import org.targetboard.core.meeting.MeetingNotFoundException;
import org.targetboard.core.meeting.StaleMeetingException;
import org.targetboard.prioritization.json.InvalidCaseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem details for every API failure. Field errors are listed under
 * {@code errors} with the field name and a message; submitted values are never echoed
 * back.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandling extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandling.class);

	private final MessageSource messages;

	ApiProblemHandling(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One invalid field.
	 *
	 * @param field the JSON property (path for nested ones)
	 * @param message what is wrong, in words
	 */
	record FieldProblem(String field, String message) {
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(new FieldProblem(error.getField(), this.messages.getMessage(error, Locale.ENGLISH)));
		}
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach((error) -> errors.add(new FieldProblem("", this.messages.getMessage(error, Locale.ENGLISH))));
		errors.sort(java.util.Comparator.comparing(FieldProblem::field));
		return badRequest(errors);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Throwable cause = ex.getCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			// Named by the object that holds it, never by the sender's own key.
			return badRequest(List.of(new FieldProblem(path(unknown, unknown.getPath().size() - 1),
					"has a field that is not part of this resource (names, birth dates and hospital numbers are "
							+ "never accepted)")));
		}
		if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() == EvidenceGrade.class) {
			return badRequest(List.of(new FieldProblem(path(invalid, invalid.getPath().size()), EvidenceGrade.FORMAT)));
		}
		if (cause instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			String allowed = java.util.Arrays.stream(invalid.getTargetType().getEnumConstants())
				.map(Object::toString)
				.collect(Collectors.joining(", "));
			return badRequest(
					List.of(new FieldProblem(path(invalid, invalid.getPath().size()), "must be one of " + allowed)));
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return badRequest(
					List.of(new FieldProblem(path(mismatched, mismatched.getPath().size()), "has the wrong type")));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				(cause instanceof JacksonException) ? "The request body is not well-formed JSON."
						: "The request body is missing or unreadable.");
		problem.setTitle("Malformed request body");
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(InvalidCaseException.class)
	ResponseEntity<Object> invalidCase(InvalidCaseException ex) {
		return badRequest(List.of(new FieldProblem(ex.field(),
				ex.getMessage().substring(ex.field().isEmpty() ? 0 : ex.field().length() + 2))));
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<Object> invalidInput(InvalidInputException ex) {
		return badRequest(
				ex.problems().stream().map((problem) -> new FieldProblem(problem.field(), problem.message())).toList());
	}

	@ExceptionHandler(PossibleIdentifiersException.class)
	ResponseEntity<ProblemDetail> possibleIdentifiers(PossibleIdentifiersException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
				"Free text looks as if it contains an identifier. Remove it, or send the request again with "
						+ "identifiersChecked=true and an identifierOverrideReason once you have checked that nothing "
						+ "identifies the patient; the text is then held from the board until the board office "
						+ "releases it.");
		problem.setTitle("Possible identifiers");
		problem.setProperty("errors",
				ex.warnings().stream().map((warning) -> new FieldProblem(warning.field(), warning.message())).toList());
		return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(ConsentRequiredException.class)
	ProblemDetail consentRequired(ConsentRequiredException ex) {
		return problem(HttpStatus.CONFLICT, "Consent required",
				ex.getMessage() + "; record consent for pseudonymised international discussion first.");
	}

	@ExceptionHandler(CaseNotFoundException.class)
	ProblemDetail notFound() {
		return problem(HttpStatus.NOT_FOUND, "Case not found", "There is no such case among the cases you may see.");
	}

	@ExceptionHandler(ActionNotPermittedException.class)
	ProblemDetail forbidden(ActionNotPermittedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Not permitted", ex.getMessage());
	}

	@ExceptionHandler(TransitionRefusedException.class)
	ProblemDetail transitionRefused(TransitionRefusedException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Lifecycle transition refused", ex.getMessage());
		problem.setProperties(Map.of("status", ex.refusal().from().name(), "action", ex.refusal().action().name(),
				"allowedFrom", ex.refusal().allowedFrom().stream().map(Enum::name).sorted().toList()));
		return problem;
	}

	@ExceptionHandler(CaseNotEditableException.class)
	ProblemDetail notEditable(CaseNotEditableException ex) {
		return problem(HttpStatus.CONFLICT, "Case not editable", ex.getMessage());
	}

	@ExceptionHandler({ StaleCaseException.class, OptimisticLockingFailureException.class })
	ProblemDetail stale() {
		return problem(HttpStatus.PRECONDITION_FAILED, "Case changed meanwhile",
				"The case was changed by someone else since you read it; read it again and reapply your change.");
	}

	@ExceptionHandler(IfMatch.IfMatchRequiredException.class)
	ProblemDetail ifMatchRequired() {
		return problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
				"Send the resource's ETag in If-Match, so that a concurrent change is not overwritten.");
	}

	@ExceptionHandler(StaleAdviceException.class)
	ProblemDetail staleAdvice(StaleAdviceException ex) {
		return problem(HttpStatus.PRECONDITION_FAILED, "Advice changed meanwhile", ex.getMessage());
	}

	@ExceptionHandler(AdviceIssuedException.class)
	ProblemDetail adviceIssued(AdviceIssuedException ex) {
		return problem(HttpStatus.CONFLICT, "No advice draft", ex.getMessage());
	}

	@ExceptionHandler(SignatureNotConfirmedException.class)
	ProblemDetail signatureNotConfirmed(SignatureNotConfirmedException ex) {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Signature not confirmed",
				ex.getMessage() + ": send {\"confirmed\": true}.");
	}

	@ExceptionHandler(StaleMeetingException.class)
	ProblemDetail staleMeeting() {
		return problem(HttpStatus.PRECONDITION_FAILED, "Changed meanwhile",
				"The meeting or the notes were changed by someone else since you read them; read them again and "
						+ "reapply your change.");
	}

	@ExceptionHandler(MeetingNotFoundException.class)
	ProblemDetail meetingNotFound() {
		return problem(HttpStatus.NOT_FOUND, "Not found",
				"There is no such meeting, or the case was on no meeting agenda you may see.");
	}

	@ExceptionHandler(org.targetboard.core.review.ReviewNotFoundException.class)
	ProblemDetail reviewNotFound() {
		return problem(HttpStatus.NOT_FOUND, "Not found",
				"The case has no written review (open, where an open one is needed) that you may see.");
	}

	@ExceptionHandler(Exception.class)
	@Nullable ProblemDetail unexpected(Exception ex) {
		if (Incidents.clientGone(ex)) {
			log.debug("Client disconnected: {}", ex.getClass().getName());
			return null;
		}
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"An unexpected error occurred; nothing was changed.");
		problem.setProperty("incident", Incidents.log(log, ex));
		return problem;
	}

	private static ResponseEntity<Object> badRequest(List<FieldProblem> unsorted) {
		List<FieldProblem> errors = unsorted.stream()
			.sorted(java.util.Comparator.comparing(FieldProblem::field))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request",
				(errors.size() == 1) ? "1 field is invalid." : errors.size() + " fields are invalid.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	private static String path(MismatchedInputException ex, int depth) {
		return ex.getPath()
			.subList(0, Math.max(depth, 0))
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."))
			.replace(".[", "[");
	}

}
