package org.targetboard.registry.boardcase;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.MarkerResult;

/** One row of {@code case_marker}. */
@Embeddable
class MarkerRow {

	@Column(nullable = false)
	private String marker = "";

	@Column(name = "percent_positive", nullable = false)
	private double percentPositive;

	@Column(name = "sites_per_cell")
	private @Nullable Double sitesPerCell;

	private @Nullable String method;

	@Column(name = "sample_date")
	private @Nullable LocalDate date;

	private @Nullable String sample;

	protected MarkerRow() {
	}

	static MarkerRow of(MarkerResult result) {
		MarkerRow row = new MarkerRow();
		row.marker = result.marker();
		row.percentPositive = result.percentPositive();
		row.sitesPerCell = result.sitesPerCell();
		row.method = result.method();
		row.date = result.date();
		row.sample = result.sample();
		return row;
	}

	MarkerResult toMarkerResult() {
		return new MarkerResult(this.marker, this.percentPositive, this.sitesPerCell, this.method, this.date,
				this.sample);
	}

}
