package org.targetboard.registry.boardcase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.MolecularLesion;

/** One row of {@code case_lesion}. */
@Embeddable
class LesionRow {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MolecularLesion.Type type = MolecularLesion.Type.SNV_INDEL;

	@Column(nullable = false)
	private String gene = "";

	private @Nullable String partner;

	@Column(name = "protein_change")
	private @Nullable String proteinChange;

	private @Nullable Double vaf;

	@Column(nullable = false)
	private boolean germline;

	private @Nullable String assay;

	protected LesionRow() {
	}

	static LesionRow of(MolecularLesion lesion) {
		LesionRow row = new LesionRow();
		row.type = lesion.type();
		row.gene = lesion.gene();
		row.partner = lesion.partner();
		row.proteinChange = lesion.proteinChange();
		row.vaf = lesion.vaf();
		row.germline = lesion.germline();
		row.assay = lesion.assay();
		return row;
	}

	MolecularLesion toLesion() {
		return new MolecularLesion(this.type, this.gene, this.partner, this.proteinChange, this.vaf, this.germline,
				this.assay);
	}

}
