package org.targetboard.web.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.targetboard.core.access.Role;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.account.NewAccount;

/**
 * Creates the first administrator from {@code BOARD_ADMIN_USERNAME} and
 * {@code BOARD_ADMIN_PASSWORD} when no administrator exists yet: a production
 * installation has no default accounts.
 */
@Component
@Order(2) // after the demo data, which brings its own administrator
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final int MIN_PASSWORD_LENGTH = 12;

	private final AccountRegistry accounts;

	private final PasswordEncoder passwordEncoder;

	private final BoardProperties.Admin admin;

	FirstAdministrator(AccountRegistry accounts, PasswordEncoder passwordEncoder, BoardProperties properties) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.admin = properties.admin();
	}

	@Override
	public void run(ApplicationArguments args) {
		String username = this.admin.username();
		String password = this.admin.password();
		if (this.accounts.anyWithRole(Role.ADMIN)) {
			return;
		}
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			log.warn("No administrator exists; set BOARD_ADMIN_USERNAME and BOARD_ADMIN_PASSWORD to create one");
			return;
		}
		if (password.length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalStateException(
					"BOARD_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
		}
		this.accounts.create(new NewAccount(username, this.passwordEncoder.encode(password), Role.ADMIN, null, null));
		log.info("First administrator account created");
	}

}
