package org.targetboard.core.followup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.MrdValue;

/**
 * One follow-up report of a case (product.md step 8): what was done after the advice and
 * how the patient is.
 *
 * @param dueDate the scheduled follow-up this report answers
 * @param adviceFollowed whether the advice was followed
 * @param therapyGiven which therapy was given
 * @param advisedOption for advised therapy: the number of the recommendation given (1 =
 * first; its components were given together)
 * @param therapyStart when that therapy started
 * @param reason why the advice was not (fully) followed or no trial was entered
 * @param reasonText the reason in words (free text; not exported unless an administrator
 * includes it)
 * @param response response after cycle 1
 * @param mrdAfterCycle1 MRD after cycle 1
 * @param hsct whether an allogeneic HSCT was performed
 * @param hsctDate its date
 * @param carT whether CAR-T cells were given
 * @param carTDate their date
 * @param relapse whether relapse or progression occurred
 * @param relapseDate its date
 * @param alive vital status
 * @param deathDate the date of death
 * @param causeOfDeath the cause of death
 * @param lastContact the date of last contact
 * @param lostToFollowUp whether the patient is lost to follow-up
 * @param componentsGiven for a recommendation of several components ("high-risk protocol
 * and blinatumomab"): the numbers of those given, from 1 in the advice's order; empty for
 * a recommendation of one component
 */
public record FollowUpReport(LocalDate dueDate, @Nullable AdviceFollowed adviceFollowed,
		@Nullable TherapyGiven therapyGiven, @Nullable Integer advisedOption, @Nullable LocalDate therapyStart,
		@Nullable ReasonCode reason, @Nullable String reasonText, @Nullable ResponseCategory response,
		@Nullable MrdValue mrdAfterCycle1, boolean hsct, @Nullable LocalDate hsctDate, boolean carT,
		@Nullable LocalDate carTDate, boolean relapse, @Nullable LocalDate relapseDate, boolean alive,
		@Nullable LocalDate deathDate, @Nullable CauseOfDeath causeOfDeath, @Nullable LocalDate lastContact,
		boolean lostToFollowUp, List<Integer> componentsGiven) {

	public FollowUpReport {
		// In order, each once; a missing number (JSON null) is no component.
		componentsGiven = (componentsGiven != null)
				? componentsGiven.stream().filter(java.util.Objects::nonNull).distinct().sorted().toList() : List.of();
	}

	/** A report of a recommendation of one component, or of no advised therapy. */
	public FollowUpReport(LocalDate dueDate, @Nullable AdviceFollowed adviceFollowed,
			@Nullable TherapyGiven therapyGiven, @Nullable Integer advisedOption, @Nullable LocalDate therapyStart,
			@Nullable ReasonCode reason, @Nullable String reasonText, @Nullable ResponseCategory response,
			@Nullable MrdValue mrdAfterCycle1, boolean hsct, @Nullable LocalDate hsctDate, boolean carT,
			@Nullable LocalDate carTDate, boolean relapse, @Nullable LocalDate relapseDate, boolean alive,
			@Nullable LocalDate deathDate, @Nullable CauseOfDeath causeOfDeath, @Nullable LocalDate lastContact,
			boolean lostToFollowUp) {
		this(dueDate, adviceFollowed, therapyGiven, advisedOption, therapyStart, reason, reasonText, response,
				mrdAfterCycle1, hsct, hsctDate, carT, carTDate, relapse, relapseDate, alive, deathDate, causeOfDeath,
				lastContact, lostToFollowUp, List.of());
	}

	/** The longest reason text. */
	public static final int MAX_TEXT = 2000;

	/** Whether this report ends follow-up: death or loss to follow-up. */
	public boolean endsFollowUp() {
		return !this.alive || this.lostToFollowUp;
	}

	/**
	 * The rules of a report, each tied to its field: required answers, dates in order
	 * (nothing before the advice, no response before therapy start, nothing after death,
	 * nothing in the future), coded reasons where the advice was not followed.
	 * @param adviceDate the day the advice was issued
	 * @param diagnosis the case's diagnosis, for the response categories that apply
	 * @param advisedOptions how many recommendations the advice has
	 * @param today the current date
	 */
	public List<IntakeProblem> check(LocalDate adviceDate, @Nullable Diagnosis diagnosis, int advisedOptions,
			LocalDate today) {
		return check(adviceDate, diagnosis, java.util.Collections.nCopies(advisedOptions, 1), today);
	}

	/**
	 * The rules of a report against an advice whose recommendations have the given
	 * numbers of components: for one of several components, the report says which were
	 * given.
	 * @param componentsPerRecommendation for each recommendation in order, how many
	 * components it has
	 */
	public List<IntakeProblem> check(LocalDate adviceDate, @Nullable Diagnosis diagnosis,
			List<Integer> componentsPerRecommendation, LocalDate today) {
		int advisedOptions = componentsPerRecommendation.size();
		List<IntakeProblem> problems = new ArrayList<>();
		required(problems, "adviceFollowed", this.adviceFollowed);
		required(problems, "therapyGiven", this.therapyGiven);
		required(problems, "lastContact", this.lastContact);
		if (this.therapyGiven == TherapyGiven.ADVISED_OPTION) {
			if (this.advisedOption == null) {
				problems.add(new IntakeProblem("advisedOption", "required", "is required: which advised option"));
			}
			else if (this.advisedOption < 1 || this.advisedOption > advisedOptions) {
				problems.add(new IntakeProblem("advisedOption", "range", "must be one of the advised recommendations",
						List.of("1", Integer.toString(advisedOptions))));
			}
		}
		components(problems, componentsPerRecommendation);
		if (this.therapyGiven != null && this.therapyGiven != TherapyGiven.NONE) {
			required(problems, "therapyStart", this.therapyStart);
		}
		if (this.therapyGiven == TherapyGiven.NONE && this.response != null
				&& this.response != ResponseCategory.NOT_EVALUABLE) {
			problems.add(new IntakeProblem("response", "responseWithoutTherapy", "cannot be given without therapy"));
		}
		else if (this.response != null && this.response != ResponseCategory.NOT_EVALUABLE
				&& this.therapyStart == null) {
			problems.add(new IntakeProblem("response", "responseWithoutTherapy", "needs the therapy start"));
		}
		if (this.response != null && diagnosis != null && !this.response.appliesTo(diagnosis)) {
			problems.add(new IntakeProblem("response", "responseNotForDisease",
					"does not apply to this disease's response criteria"));
		}
		boolean notFollowed = this.adviceFollowed == AdviceFollowed.NO || this.adviceFollowed == AdviceFollowed.PARTLY;
		if (notFollowed && this.reason == null) {
			problems.add(new IntakeProblem("reason", "reasonRequired",
					"is required when the advice was not fully followed"));
		}
		if (this.reason == ReasonCode.OTHER && (this.reasonText == null || this.reasonText.isBlank())) {
			problems.add(new IntakeProblem("reasonText", "required", "is required for another reason"));
		}
		if (this.reasonText != null && this.reasonText.length() > MAX_TEXT) {
			problems.add(new IntakeProblem("reasonText", "tooLong", "must be at most " + MAX_TEXT + " characters",
					List.of(Integer.toString(MAX_TEXT))));
		}
		if (this.hsct) {
			required(problems, "hsctDate", this.hsctDate);
		}
		if (this.carT) {
			required(problems, "carTDate", this.carTDate);
		}
		if (this.relapse) {
			required(problems, "relapseDate", this.relapseDate);
		}
		if (!this.alive) {
			required(problems, "deathDate", this.deathDate);
			required(problems, "causeOfDeath", this.causeOfDeath);
		}
		else if (this.deathDate != null || this.causeOfDeath != null) {
			problems.add(new IntakeProblem("deathDate", "deathButAlive", "is only recorded for a patient who died"));
		}
		for (var date : dates()) {
			if (date.value() == null) {
				continue;
			}
			if (date.value().isAfter(today)) {
				problems.add(new IntakeProblem(date.field(), "future", "cannot be in the future"));
			}
			else if (date.value().isBefore(adviceDate)) {
				problems.add(new IntakeProblem(date.field(), "beforeAdvice", "cannot be before the advice",
						List.of(adviceDate.toString())));
			}
			else if (this.deathDate != null && date.value().isAfter(this.deathDate)) {
				problems.add(new IntakeProblem(date.field(), "afterDeath", "cannot be after the date of death"));
			}
		}
		if (this.lastContact != null && this.deathDate != null && this.lastContact.isBefore(this.deathDate)) {
			problems.add(new IntakeProblem("lastContact", "beforeDeath", "cannot be before the date of death"));
		}
		return problems;
	}

	// Which components of the recommendation given: asked only where it has several.
	private void components(List<IntakeProblem> problems, List<Integer> componentsPerRecommendation) {
		boolean several = this.therapyGiven == TherapyGiven.ADVISED_OPTION && this.advisedOption != null
				&& this.advisedOption >= 1 && this.advisedOption <= componentsPerRecommendation.size()
				&& componentsPerRecommendation.get(this.advisedOption - 1) > 1;
		if (!several) {
			if (!this.componentsGiven.isEmpty()) {
				problems.add(new IntakeProblem("componentsGiven", "componentsNotAsked",
						"only for a recommendation of several components that was given"));
			}
			return;
		}
		int components = componentsPerRecommendation.get(this.advisedOption - 1);
		if (this.componentsGiven.isEmpty()) {
			problems.add(new IntakeProblem("componentsGiven", "componentsRequired",
					"is required: which components of the recommendation were given"));
		}
		else if (this.componentsGiven.get(0) < 1
				|| this.componentsGiven.get(this.componentsGiven.size() - 1) > components) {
			problems.add(new IntakeProblem("componentsGiven", "range", "must be components of the recommendation given",
					List.of("1", Integer.toString(components))));
		}
	}

	private record DateField(String field, @Nullable LocalDate value) {
	}

	private List<DateField> dates() {
		return List.of(new DateField("therapyStart", this.therapyStart), new DateField("hsctDate", this.hsctDate),
				new DateField("carTDate", this.carTDate), new DateField("relapseDate", this.relapseDate),
				new DateField("deathDate", this.deathDate), new DateField("lastContact", this.lastContact));
	}

	private static void required(List<IntakeProblem> problems, String field, @Nullable Object value) {
		if (value == null) {
			problems.add(new IntakeProblem(field, "required", "is required"));
		}
	}

}
