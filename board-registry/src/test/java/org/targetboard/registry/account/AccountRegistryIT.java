package org.targetboard.registry.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase.Replace;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.TestCases;
import org.targetboard.core.centre.Centre;
import org.targetboard.registry.centre.CentreRegistry;
import org.targetboard.registry.testdb.TestDatabaseConfiguration;

@DataJpaTest
@AutoConfigureTestDatabase(replace = Replace.NONE)
@Import({ TestDatabaseConfiguration.class, AccountRegistry.class, CentreRegistry.class })
class AccountRegistryIT {

	@Autowired
	AccountRegistry accounts;

	@Autowired
	CentreRegistry centres;

	@BeforeEach
	void registerCentre() {
		this.centres.registerIfAbsent(new Centre(TestCases.NL, "Princess Máxima Center", "NL"));
	}

	@Test
	void storesCentreBoundAccountsWithTheirCentre() {
		this.accounts.create(new NewAccount("coord-test", "{noop}x", Role.COORDINATOR, TestCases.NL, null));

		AccountCredentials found = this.accounts.findForLogin("coord-test").orElseThrow();

		assertThat(found.centre()).isEqualTo(TestCases.NL);
		assertThat(found.role()).isEqualTo(Role.COORDINATOR);
		assertThat(found.isLockedAt(Instant.now())).isFalse();
	}

	@Test
	void locksTheAccountAtTheMaximumOfFailedLoginsAndUnlocksOnSuccess() {
		this.accounts.create(new NewAccount("member-test", "{noop}x", Role.BOARD_MEMBER, null, null));

		for (int i = 0; i < 4; i++) {
			assertThat(this.accounts.claimLoginAttempt("member-test", 5, Duration.ofMinutes(15))).isTrue();
		}
		assertThat(this.accounts.findForLogin("member-test").orElseThrow().isLockedAt(Instant.now())).isFalse();
		// The fifth attempt is still checked, and locks the account for every later one.
		assertThat(this.accounts.claimLoginAttempt("member-test", 5, Duration.ofMinutes(15))).isTrue();
		assertThat(this.accounts.findForLogin("member-test").orElseThrow().isLockedAt(Instant.now())).isTrue();
		assertThat(this.accounts.claimLoginAttempt("member-test", 5, Duration.ofMinutes(15))).isFalse();

		this.accounts.recordSuccessfulLogin("member-test");
		assertThat(this.accounts.findForLogin("member-test").orElseThrow().isLockedAt(Instant.now())).isFalse();
	}

	@Test
	void refusesDuplicateUsernames() {
		this.accounts.create(new NewAccount("chair-test", "{noop}x", Role.CHAIR, null, null));

		assertThatThrownBy(() -> this.accounts.create(new NewAccount("chair-test", "{noop}y", Role.CHAIR, null, null)))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
