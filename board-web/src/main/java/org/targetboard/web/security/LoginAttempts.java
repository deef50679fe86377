package org.targetboard.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.web.system.BoardProperties;

/**
 * Counts failed logins per account and locks the account after too many in a row, against
 * password guessing; a successful login resets the count.
 */
@Component
class LoginAttempts {

	private final AccountRegistry accounts;

	private final BoardProperties.Security settings;

	LoginAttempts(AccountRegistry accounts, BoardProperties properties) {
		this.accounts = accounts;
		this.settings = properties.security();
	}

	@EventListener
	void onFailure(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailedLogin(event.getAuthentication().getName(), this.settings.maxFailedLogins(),
				this.settings.lockout());
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
