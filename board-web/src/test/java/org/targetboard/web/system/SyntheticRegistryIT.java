package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.registry.advice.AdviceRegistry;
import org.targetboard.registry.boardcase.CaseRegistry;
import org.targetboard.registry.followup.FollowUpRegistry;
import org.targetboard.registry.followup.StoredFollowUp;
import org.targetboard.web.support.BoardIntegrationTest;

/**
 * The synthetic registry holds to the rules real data must keep: every generated
 * follow-up passes the follow-up form's checks, and every case reads back whole.
 */
@BoardIntegrationTest
class SyntheticRegistryIT {

	@Autowired
	SyntheticRegistry generator;

	@Autowired
	FollowUpRegistry followUps;

	@Autowired
	CaseRegistry cases;

	@Autowired
	AdviceRegistry advice;

	@Autowired
	JdbcClient jdbc;

	@Test
	void generatesCasesWhoseFollowUpsPassTheRulesOfTheForm() {
		int before = this.jdbc.sql("select count(*) from board_case where created_by = 'synthetic-registry'")
			.query(Integer.class)
			.single();
		this.generator.generate(40, 7);
		List<Object[]> generated = this.jdbc.sql("""
				select c.public_id, e.code from board_case c join centre e on e.id = c.centre_id
				where c.created_by = 'synthetic-registry'""")
			.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) })
			.list();
		assertThat(generated).hasSize(before + 40);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		int reports = 0;
		for (Object[] row : generated) {
			PublicCaseId id = new PublicCaseId((UUID) row[0]);
			Viewer coordinator = new Viewer("coordinator-" + ((String) row[1]).toLowerCase(), Role.COORDINATOR,
					new CentreCode((String) row[1]));
			var record = this.cases.read(coordinator, id);
			var issued = this.advice.versions(coordinator, id);
			assertThat(issued).hasSize(1);
			LocalDate advised = LocalDate.ofInstant(issued.get(0).issuedAt(), ZoneOffset.UTC);
			for (StoredFollowUp stored : this.followUps.reports(coordinator, id)) {
				assertThat(stored.report()
					.check(advised, record.intake().diagnosis(), issued.get(0).options().size(), today))
					.as(record.boardCase().pseudonym() + " due " + stored.report().dueDate())
					.isEmpty();
				reports++;
			}
		}
		assertThat(reports).isPositive();
	}

}
