package org.targetboard.web.followup;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.followup.FollowUpReport;
import org.targetboard.core.followup.OutcomeEvent;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.followup.DueFollowUp;
import org.targetboard.registry.followup.FollowUpRegistry;
import org.targetboard.registry.followup.StoredFollowUp;
import org.targetboard.registry.followup.StoredOutcomeEvent;

/**
 * What happened after the advice, which the follow-up pages, the case page and the API
 * all call: scheduled reports, events the day the centre learns of them, and the progress
 * of the advice's referrals.
 */
@Service
public class FollowUpUseCases {

	private final FollowUpRegistry followUps;

	private final AdviceRegistry advice;

	private final CaseRegistry cases;

	FollowUpUseCases(FollowUpRegistry followUps, AdviceRegistry advice, CaseRegistry cases) {
		this.followUps = followUps;
		this.advice = advice;
		this.cases = cases;
	}

	/** Records a scheduled report; a late one is accepted and shown late. */
	public void report(Viewer viewer, PublicCaseId caseId, FollowUpReport report) {
		this.followUps.record(viewer, caseId, report);
	}

	/**
	 * Records an event (death, relapse, therapy, loss) on the day the centre learns of
	 * it.
	 */
	public void recordEvent(Viewer viewer, PublicCaseId caseId, OutcomeEvent event) {
		this.followUps.recordEvent(viewer, caseId, event);
	}

	public List<StoredFollowUp> reports(Viewer viewer, PublicCaseId caseId) {
		return this.followUps.reports(viewer, caseId);
	}

	public List<StoredOutcomeEvent> events(Viewer viewer, PublicCaseId caseId) {
		return this.followUps.events(viewer, caseId);
	}

	public @Nullable LocalDate nextDue(Viewer viewer, PublicCaseId caseId) {
		return this.followUps.nextDue(viewer, caseId);
	}

	/** The reports due and overdue in the viewer's scope. */
	public List<DueFollowUp> worklist(Viewer viewer) {
		return this.followUps.worklist(viewer);
	}

	public BoardCase find(Viewer viewer, PublicCaseId caseId) {
		return this.cases.find(viewer, caseId);
	}

	/**
	 * The recommendations of the advice in force, each with its components' labels in
	 * order (the components of one were given together), read once for a form.
	 */
	public Advised advised(Viewer viewer, PublicCaseId caseId) {
		Map<Integer, List<String>> advised = new LinkedHashMap<>();
		this.advice.versions(viewer, caseId)
			.stream()
			.findFirst()
			.ifPresent((a) -> a.draft()
				.recommendations()
				.forEach((components) -> advised.put(advised.size() + 1,
						components.stream().map(AdviceOption::label).toList())));
		return new Advised(advised);
	}

	/**
	 * The advised recommendations by number.
	 *
	 * @param components each recommendation's components' labels, in order
	 */
	public record Advised(Map<Integer, List<String>> components) {

		/** Numbered as the forms ask for them: "1. Inotuzumab + HSCT". */
		public Map<Integer, String> recommendations() {
			Map<Integer, String> numbered = new LinkedHashMap<>();
			this.components
				.forEach((number, labels) -> numbered.put(number, number + ". " + String.join(" + ", labels)));
			return numbered;
		}

		/**
		 * The recommendations of several components: the report asks which were given.
		 */
		public Map<Integer, List<String>> several() {
			Map<Integer, List<String>> several = new LinkedHashMap<>();
			this.components.forEach((number, labels) -> {
				if (labels.size() > 1) {
					several.put(number, labels);
				}
			});
			return several;
		}

	}

}
