package org.targetboard.web.boardcase;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.BoardCase;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.HospitalCode;
import org.targetboard.core.consent.WithdrawalScope;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IdentifierOverride;
import org.targetboard.core.intake.IncompleteCaseException;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.registry.boardcase.CaseListEntry;
import org.targetboard.registry.boardcase.CasePage;
import org.targetboard.registry.boardcase.CaseRecord;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.boardcase.CaseSearch;
import org.targetboard.registry.meeting.WrittenReviewRegistry;

/**
 * The case's operations, which the case pages, the consent page and the case API all
 * call: drafting and submitting, lifecycle actions, identifier release, consent. The
 * registry keeps each in one transaction with its audit; today comes from the clock.
 */
@Service
public class CaseUseCases {

	private final CaseRegistry cases;

	private final WrittenReviewRegistry reviews;

	private final TreatingHospitals hospitals;

	private final Clock clock;

	CaseUseCases(CaseRegistry cases, WrittenReviewRegistry reviews, TreatingHospitals hospitals, Clock clock) {
		this.cases = cases;
		this.reviews = reviews;
		this.hospitals = hospitals;
		this.clock = clock;
	}

	/**
	 * Opens a draft for the viewer's centre, at the hospital named or the centre itself.
	 */
	public BoardCase create(Viewer viewer, CaseIntake intake, @Nullable IdentifierOverride override,
			@Nullable String hospital) {
		return this.cases.createDraft(viewer, intake, override, TreatingHospitals.parse(hospital));
	}

	/** Saves the intake of a case the centre may still edit. */
	public BoardCase save(Viewer viewer, PublicCaseId id, long version, CaseIntake intake,
			@Nullable IdentifierOverride override, @Nullable String hospital) {
		return this.cases.updateIntake(viewer, id, version, intake, override, TreatingHospitals.parse(hospital));
	}

	/**
	 * Saves the intake and submits the case (again, after a clarification). The draft is
	 * saved even when submission is refused, so that nothing typed is lost.
	 */
	public Submission saveAndSubmit(Viewer viewer, PublicCaseId id, long version, CaseIntake intake,
			@Nullable IdentifierOverride override, @Nullable String hospital) {
		BoardCase saved = save(viewer, id, version, intake, override, hospital);
		CaseAction action = (saved.status() == CaseStatus.DRAFT) ? CaseAction.SUBMIT : CaseAction.RESUBMIT;
		try {
			return new Submission(action, apply(viewer, id, action, saved.version(), null), List.of());
		}
		catch (IncompleteCaseException ex) {
			return new Submission(action, saved, ex.problems());
		}
	}

	/** Applies a lifecycle action (submit, verify consent, return, close, …). */
	public BoardCase apply(Viewer viewer, PublicCaseId id, CaseAction action, @Nullable Long version,
			@Nullable String note) {
		return this.cases.apply(viewer, id, action, version, note);
	}

	public BoardCase releaseIdentifiers(Viewer viewer, PublicCaseId id, long version) {
		return this.cases.releaseIdentifiers(viewer, id, version);
	}

	/** Records the consent form in force; its date is checked against today. */
	public BoardCase recordConsent(Viewer viewer, PublicCaseId id, long version, ConsentRequest.Given given) {
		return this.cases.recordConsent(viewer, id, version, given.toConsent(LocalDate.now(this.clock)));
	}

	public BoardCase withdrawConsent(Viewer viewer, PublicCaseId id, long version, @Nullable LocalDate date,
			@Nullable WithdrawalScope scope) {
		return this.cases.withdrawConsent(viewer, id, version, date, scope);
	}

	/** The case with its intake and history; the read is audited. */
	public CaseRecord read(Viewer viewer, PublicCaseId id) {
		return this.cases.read(viewer, id);
	}

	public BoardCase find(Viewer viewer, PublicCaseId id) {
		return this.cases.find(viewer, id);
	}

	public List<BoardCase> list(Viewer viewer) {
		return this.cases.list(viewer);
	}

	/**
	 * The case list: the cases in the states where they may wait for the user, and one
	 * page of a search, read in one transaction.
	 */
	@Transactional
	public CaseList caseList(Viewer viewer, Collection<CaseStatus> waiting, CaseSearch search) {
		return new CaseList(this.cases.inStates(viewer, waiting), this.cases.search(viewer, search));
	}

	/**
	 * A case list.
	 *
	 * @param waiting the cases in the states asked for, most recently changed first
	 * @param found the page of the search
	 */
	public record CaseList(List<CaseListEntry> waiting, CasePage found) {
	}

	/** Whether the case has been reviewed in writing (or is being reviewed). */
	public boolean hasWrittenReview(PublicCaseId id) {
		return this.reviews.exists(id);
	}

	/** The hospitals the viewer may name as treating hospital, by code. */
	public Map<String, String> hospitalChoices(Viewer viewer) {
		return this.hospitals.choices(viewer);
	}

	public @Nullable String hospitalName(@Nullable HospitalCode hospital) {
		return this.hospitals.name(hospital);
	}

	/**
	 * What became of a submission.
	 *
	 * @param action submit or resubmit
	 * @param boardCase the case as it is now
	 * @param problems what submission still needs; empty when it was submitted
	 */
	public record Submission(CaseAction action, BoardCase boardCase, List<IntakeProblem> problems) {

		public boolean submitted() {
			return this.problems.isEmpty();
		}

	}

}
