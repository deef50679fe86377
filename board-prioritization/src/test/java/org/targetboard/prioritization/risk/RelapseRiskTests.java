package org.targetboard.prioritization.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.targetboard.core.boardcase.Diagnosis;
import org.targetboard.core.profile.RelapseSite;
import org.targetboard.prioritization.risk.RiskAssessment.RelapseTiming;

class RelapseRiskTests {

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource({ "B_CELL, ISOLATED_EXTRAMEDULLARY, VERY_EARLY, S2", "B_CELL, ISOLATED_EXTRAMEDULLARY, EARLY, S2",
			"B_CELL, ISOLATED_EXTRAMEDULLARY, LATE, S1", "B_CELL, COMBINED, VERY_EARLY, S4",
			"B_CELL, COMBINED, EARLY, S2", "B_CELL, COMBINED, LATE, S2", "B_CELL, ISOLATED_MARROW, VERY_EARLY, S4",
			"B_CELL, ISOLATED_MARROW, EARLY, S3", "B_CELL, ISOLATED_MARROW, LATE, S2",
			"T_CELL, ISOLATED_EXTRAMEDULLARY, EARLY, S2", "T_CELL, ISOLATED_EXTRAMEDULLARY, LATE, S1",
			"T_CELL, ISOLATED_MARROW, LATE, S4", "T_CELL, COMBINED, VERY_EARLY, S4" })
	void assignsTheBfmStrategicGroupOfDomainTableFourTwo(Diagnosis.Lineage lineage, RelapseSite site,
			RelapseTiming timing, String group) {
		assertThat(RelapseRisk.bfmGroup(lineage, site, timing)).isEqualTo(group);
	}

}
