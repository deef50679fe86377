package org.targetboard.registry.boardcase;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.core.profile.Situation;

/** One row of {@code case_earlier_relapse}. */
@Embeddable
class EarlierRelapseRow {

	@Column(name = "relapse_date")
	private @Nullable LocalDate date;

	@Enumerated(EnumType.STRING)
	private @Nullable RelapseSite site;

	protected EarlierRelapseRow() {
	}

	static EarlierRelapseRow of(Situation.EarlierRelapse relapse) {
		EarlierRelapseRow row = new EarlierRelapseRow();
		row.date = relapse.date();
		row.site = relapse.site();
		return row;
	}

	Situation.EarlierRelapse toEarlierRelapse() {
		return new Situation.EarlierRelapse(this.date, this.site);
	}

}
