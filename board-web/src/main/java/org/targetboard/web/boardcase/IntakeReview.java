package org.targetboard.web.boardcase;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.profile.MarkerResult;
import org.targetboard.core.profile.MolecularLesion;
import org.targetboard.prioritization.knowledge.KnowledgeBase;

/**
 * Checks an intake against the knowledge base: genes and markers it does not know are
 * allowed (the board may still discuss them) but shown as warnings, so that a mistyped
 * symbol is noticed rather than silently unranked.
 */
@Component
class IntakeReview {

	private final KnowledgeBase knowledgeBase;

	IntakeReview(KnowledgeBase knowledgeBase) {
		this.knowledgeBase = knowledgeBase;
	}

	List<IntakeProblem> warnings(CaseIntake intake) {
		List<IntakeProblem> warnings = new ArrayList<>();
		for (int i = 0; i < intake.lesions().size(); i++) {
			MolecularLesion lesion = intake.lesions().get(i);
			for (String gene : (lesion.partner() != null) ? List.of(lesion.gene(), lesion.partner())
					: List.of(lesion.gene())) {
				if (!this.knowledgeBase.knowsGene(gene)) {
					warnings.add(new IntakeProblem("lesions[" + i + "].gene", "unknownGene",
							gene + " is not in the knowledge base's gene list: check the HGNC symbol", List.of(gene)));
				}
			}
		}
		for (int i = 0; i < intake.markers().size(); i++) {
			MarkerResult marker = intake.markers().get(i);
			if (!this.knowledgeBase.knowsMarker(marker.marker())) {
				warnings.add(new IntakeProblem("markers[" + i + "].marker", "unknownMarker",
						marker.marker() + " is not a marker of the knowledge base", List.of(marker.marker())));
			}
		}
		return warnings;
	}

}
