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

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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
	void checksNoMorePasswordsThanTheLimitWhenGuessesArriveInParallel() throws Exception {
		this.accounts.create(new NewAccount("parallel-probe", this.passwordEncoder.encode("correct horse"),
				Role.BOARD_MEMBER, null, null));
		long before = failures("wrong password");

		try (var executor = java.util.concurrent.Executors.newFixedThreadPool(42)) {
			java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			for (int attempt = 0; attempt < 42; attempt++) {
				int n = attempt;
				statuses.add(executor.submit(() -> {
					start.await();
					return ApiClient.as(this.port, "parallel-probe", "guess " + n).get("/api/v1/cases").status();
				}));
			}
			start.countDown();
			for (var status : statuses) {
				assertThat(status.get()).isEqualTo(401);
			}
		}

		// Every attempt is audited; at most five reached the password check.
		assertThat(failures("wrong password") - before).isBetween(1L, 5L);
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = ?")
			.param("parallel-probe")
			.query(Long.class)
			.single()).isEqualTo(42);
		assertThat(ApiClient.as(this.port, "parallel-probe", "correct horse").get("/api/v1/cases").status())
			.isEqualTo(401);
	}

	@Test
	void auditsALoginForAnUnknownAccountWithoutTheNameTyped() {
		assertThat(ApiClient.as(this.port, "Jan Jansen 12-03-2014", "x").get("/api/v1/cases").status()).isEqualTo(401);
		assertThat(
				this.jdbc.sql("select count(*) from audit_event where actor like '%Jansen%' or detail like '%Jansen%'")
					.query(Long.class)
					.single())
			.isZero();
	}

	private long failures(String reason) {
		return this.jdbc.sql(
				"select count(*) from audit_event where action = 'LOGIN_FAILED' and actor = 'parallel-probe' and detail = ?")
			.param(reason)
			.query(Long.class)
			.single();
	}

	@Test
	void storesPasswordsOnlyAsBcryptHashes() {
		String hash = this.accounts.findForLogin("coordinator-nl").orElseThrow().passwordHash();

		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("demo");
	}

}
