package org.targetboard.web.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.targetboard.core.intake.CaseIntake;
import org.targetboard.prioritization.json.CaseJson;
import org.targetboard.web.meeting.Timeline.MarkKind;

class TimelineTests {

	/**
	 * A third relapse after HSCT and CD19 CAR-T: the axis runs from diagnosis to now with
	 * a tick each 1 January, and marks the diagnosis, both earlier relapses, the HSCT,
	 * the CAR-T and the current relapse, in time order.
	 */
	@Test
	void marksEveryRelapseTheTransplantAndTheCarT() {
		CaseIntake intake = CaseJson.readIntake("""
				{"diagnosis": "BCP_ALL", "relapseNumber": 3, "ageYears": 12, "diagnosisDate": "2018-02-10",
				 "relapseDate": "2024-09-01",
				 "situation": {"earlierRelapses": [{"date": "2020-05-04", "site": "ISOLATED_MARROW"},
				                                   {"date": "2022-11-20", "site": "COMBINED"}]},
				 "history": [
				   {"kind": "CHEMOTHERAPY", "agents": ["prednisone"], "start": "2018-02-10", "end": "2020-03-01"},
				   {"kind": "HSCT", "agents": ["allogeneic HSCT"], "start": "2020-09-15", "end": "2020-09-15"},
				   {"kind": "CAR_T", "agents": ["tisagenlecleucel"], "start": "2023-01-10", "end": "2023-01-10",
				    "targetAntigen": "CD19"}]}""");
		Timeline timeline = Timeline.of(intake);
		assertThat(timeline).isNotNull();
		assertThat(timeline.from()).isEqualTo(LocalDate.of(2018, 2, 10));
		assertThat(timeline.to()).isEqualTo(LocalDate.of(2024, 9, 1));
		assertThat(timeline.marks()).extracting(Timeline.Mark::kind)
			.containsExactly(MarkKind.DIAGNOSIS, MarkKind.EARLIER_RELAPSE, MarkKind.HSCT, MarkKind.EARLIER_RELAPSE,
					MarkKind.CAR_T, MarkKind.RELAPSE);
		assertThat(timeline.marks()).extracting(Timeline.Mark::number).containsExactly(0, 1, 0, 2, 0, 3);
		assertThat(timeline.marks().get(0).x()).isZero();
		assertThat(timeline.marks().get(5).x()).isEqualTo(100.0);
		assertThat(timeline.ticks()).extracting(Timeline.Tick::label)
			.containsExactly("2019", "2020", "2021", "2022", "2023", "2024");
		assertThat(timeline.ticks()).allSatisfy((tick) -> assertThat(tick.x()).isBetween(0.0, 100.0));
		assertThat(timeline.bars()).hasSize(3);
	}

	@Test
	void aShortHistoryHasQuarterlyTicks() {
		Timeline timeline = Timeline.of(CaseJson.readIntake("""
				{"diagnosis": "AML", "relapseNumber": 0, "refractory": true, "diagnosisDate": "2025-02-10",
				 "history": [{"kind": "CHEMOTHERAPY", "agents": ["cytarabine"], "start": "2025-02-12",
				              "end": "2025-09-30"}]}"""));
		assertThat(timeline.ticks()).extracting(Timeline.Tick::label).containsExactly("2025-04", "2025-07");
		assertThat(timeline.marks()).extracting(Timeline.Mark::kind).containsExactly(MarkKind.DIAGNOSIS);
	}

}
