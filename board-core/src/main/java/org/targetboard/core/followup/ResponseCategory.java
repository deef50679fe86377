package org.targetboard.core.followup;

import java.util.EnumSet;
import java.util.Set;

import org.targetboard.core.boardcase.Diagnosis;

/**
 * Response after the first cycle of the therapy given (domain.md 6.1 for ALL, 6.2 for
 * AML, 6.3 for lymphoma), reduced to the categories the registry analyses.
 */
public enum ResponseCategory {

	/** MRD-negative complete remission (ALL: MRD &lt; 10⁻⁴; AML: CR_MRD−). */
	MRD_NEGATIVE_CR,
	/** Complete remission. */
	CR,
	/** Complete remission with incomplete count recovery (CRi / CRp / CRh). */
	CRI,
	/** Partial remission. */
	PR,
	/** Stable disease or no response. */
	NO_RESPONSE,
	/** Progressive disease. */
	PROGRESSIVE_DISEASE,
	/** Not evaluable (e.g. died before assessment). */
	NOT_EVALUABLE;

	private static final Set<ResponseCategory> RESPONSES = EnumSet.of(MRD_NEGATIVE_CR, CR, CRI, PR);

	/** Whether it counts as an objective response (overall response rate). */
	public boolean isResponse() {
		return RESPONSES.contains(this);
	}

	/** Whether it is a treatment failure for event-free survival. */
	public boolean isFailure() {
		return this == NO_RESPONSE || this == PROGRESSIVE_DISEASE;
	}

	/**
	 * Whether the category applies to the disease: CRi covers CRi/CRp (ALL) and CRh/CRi
	 * (AML); the lymphoma criteria (domain.md 6.3) have no count-recovery category.
	 */
	public boolean appliesTo(Diagnosis diagnosis) {
		return this != CRI || diagnosis.isLeukaemia();
	}

}
