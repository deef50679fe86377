package org.targetboard.web.prioritization;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.prioritization.PrioritizationEngine;
import org.targetboard.prioritization.evaluation.Evaluation;
import org.targetboard.prioritization.evaluation.EvaluationReport;
import org.targetboard.prioritization.evaluation.ReferenceSets;
import org.targetboard.registry.audit.AuditLog;

/**
 * Measures the engine against a board's decided cases: the same evaluation as the command
 * line's {@code evaluate}, for the board office and administrators. The cases are
 * pseudonymous case-format documents the caller sends; nothing is stored.
 */
@Service
public class EngineEvaluations {

	private final PrioritizationEngine engine;

	private final AuditLog audit;

	private final Clock clock;

	EngineEvaluations(PrioritizationEngine engine, AuditLog audit, Clock clock) {
		this.engine = engine;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Evaluates a reference set given as JSON.
	 * @param date the date for cases that give none; today when absent
	 */
	public EvaluationReport evaluate(Viewer viewer, String referenceSetJson, @Nullable LocalDate date) {
		this.audit.require(viewer, BoardAction.EVALUATE_ENGINE, "EVALUATE_ENGINE");
		return Evaluation.run(this.engine, ReferenceSets.read(referenceSetJson, false),
				(date != null) ? date : LocalDate.now(this.clock));
	}

}
