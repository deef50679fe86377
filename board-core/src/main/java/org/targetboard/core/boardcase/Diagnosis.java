package org.targetboard.core.boardcase;

/**
 * The diagnoses the board accepts (product.md step 1; domain.md section 2), with the
 * lineage the engine and the risk rules need.
 */
public enum Diagnosis {

	/** B-cell precursor acute lymphoblastic leukaemia. */
	BCP_ALL(Lineage.B_CELL),
	/** T-cell acute lymphoblastic leukaemia. */
	T_ALL(Lineage.T_CELL),
	/** Early T-cell precursor ALL. */
	ETP_ALL(Lineage.T_CELL),
	/** Acute myeloid leukaemia. */
	AML(Lineage.MYELOID),
	/** Mixed-phenotype acute leukaemia. */
	MPAL(Lineage.MIXED),
	/** T-lymphoblastic lymphoma. */
	T_LBL(Lineage.T_CELL),
	/** B-lymphoblastic lymphoma. */
	B_LBL(Lineage.B_CELL),
	/** Anaplastic large-cell lymphoma. */
	ALCL(Lineage.T_CELL),
	/** Mature B-cell and other non-Hodgkin lymphoma. */
	OTHER_NHL(Lineage.OTHER),
	/** Hodgkin lymphoma. */
	HODGKIN(Lineage.OTHER),
	/**
	 * Another haematological malignancy (e.g. JMML, t-AML/t-MDS): described in the
	 * question to the board.
	 */
	OTHER(Lineage.OTHER);

	/** The cell lineage, used by lineage-specific rules. */
	public enum Lineage {

		B_CELL, T_CELL, MYELOID, MIXED, OTHER

	}

	private final Lineage lineage;

	Diagnosis(Lineage lineage) {
		this.lineage = lineage;
	}

	public Lineage lineage() {
		return this.lineage;
	}

	/**
	 * Whether this is an acute leukaemia, for which marrow blasts and the relapse site
	 * are needed (lymphomas are staged otherwise).
	 */
	public boolean isLeukaemia() {
		return this == BCP_ALL || this == T_ALL || this == ETP_ALL || this == AML || this == MPAL;
	}

}
