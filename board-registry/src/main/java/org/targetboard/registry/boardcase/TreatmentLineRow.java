package org.targetboard.registry.boardcase;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.TreatmentLine;

/** One row of {@code case_treatment_line}. */
@Embeddable
class TreatmentLineRow {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private TreatmentLine.Kind kind = TreatmentLine.Kind.CHEMOTHERAPY;

	@Column(nullable = false)
	private String agents = "";

	@Column(name = "start_date")
	private @Nullable LocalDate start;

	@Column(name = "end_date")
	private @Nullable LocalDate end;

	@Enumerated(EnumType.STRING)
	@Column(name = "best_response")
	private TreatmentLine.@Nullable Response bestResponse;

	@Column(name = "target_antigen")
	private @Nullable String targetAntigen;

	@Column(name = "severe_toxicities", nullable = false)
	private String severeToxicities = "";

	@Column(nullable = false)
	private boolean ongoing;

	protected TreatmentLineRow() {
	}

	static TreatmentLineRow of(TreatmentLine line) {
		TreatmentLineRow row = new TreatmentLineRow();
		row.kind = line.kind();
		row.agents = String.join(",", line.agents());
		row.start = line.start();
		row.end = line.end();
		row.bestResponse = line.bestResponse();
		row.targetAntigen = line.targetAntigen();
		row.severeToxicities = String.join(",", line.severeToxicities());
		row.ongoing = line.ongoing();
		return row;
	}

	TreatmentLine toTreatmentLine() {
		return new TreatmentLine(this.kind, split(this.agents), this.start, this.end, this.bestResponse,
				this.targetAntigen, split(this.severeToxicities), this.ongoing);
	}

	static List<String> split(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
