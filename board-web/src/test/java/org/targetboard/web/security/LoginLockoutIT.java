package org.targetboard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.targetboard.core.access.Role;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.account.NewAccount;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;

@BoardIntegrationTest
class LoginLockoutIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountRegistry accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void locksAnAccountAfterFiveFailedLoginsEvenForTheRightPassword() {
		this.accounts.create(new NewAccount("lockout-probe", this.passwordEncoder.encode("correct horse"),
				Role.BOARD_MEMBER, null, null));
		assertThat(ApiClient.as(this.port, "lockout-probe", "correct horse").get("/api/v1/cases").status())
			.isEqualTo(200);

		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(ApiClient.as(this.port, "lockout-probe", "guess " + attempt).get("/api/v1/cases").status())
				.isEqualTo(401);
		}

		assertThat(ApiClient.as(this.port, "lockout-probe", "correct horse").get("/api/v1/cases").status())
			.isEqualTo(401);
		assertThat(this.accounts.findForLogin("lockout-probe").orElseThrow().lockedUntil()).isNotNull();
	}

	@Test
	void storesPasswordsOnlyAsBcryptHashes() {
		String hash = this.accounts.findForLogin("coordinator-nl").orElseThrow().passwordHash();

		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
	}

}
