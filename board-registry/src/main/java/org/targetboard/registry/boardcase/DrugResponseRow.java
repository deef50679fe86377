package org.targetboard.registry.boardcase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.DrugResponse;

/** One row of {@code case_drug_response}. */
@Embeddable
class DrugResponseRow {

	@Column(nullable = false)
	private String drug = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DrugResponse.Assay assay = DrugResponse.Assay.DRP;

	private @Nullable String metric;

	private @Nullable Double value;

	private @Nullable String unit;

	private @Nullable Double percentile;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DrugResponse.Call call = DrugResponse.Call.INTERMEDIATE;

	@Column(name = "qc_passed", nullable = false)
	private boolean qcPassed;

	protected DrugResponseRow() {
	}

	static DrugResponseRow of(DrugResponse response) {
		DrugResponseRow row = new DrugResponseRow();
		row.drug = response.drug();
		row.assay = response.assay();
		row.metric = response.metric();
		row.value = response.value();
		row.unit = response.unit();
		row.percentile = response.percentile();
		row.call = response.call();
		row.qcPassed = response.qcPassed();
		return row;
	}

	DrugResponse toDrugResponse() {
		return new DrugResponse(this.drug, this.assay, this.metric, this.value, this.unit, this.percentile, this.call,
				this.qcPassed);
	}

}
