package org.targetboard.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.web.system.BoardProperties;

/**
 * Loads accounts from the registry for both form login and HTTP Basic.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRegistry accounts;

	private final BoardProperties.Security settings;

	AccountUserDetailsService(AccountRegistry accounts, BoardProperties properties) {
		this.accounts = accounts;
		this.settings = properties.security();
	}

	/**
	 * Loads the account for one login attempt, which is counted here, before its password
	 * is checked: once the limit is reached the account is locked and no further attempt
	 * reaches the password check, however many arrive at once.
	 */
	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findForLogin(username).map((account) -> {
			boolean mayTry = this.accounts.claimLoginAttempt(account.username(), this.settings.maxFailedLogins(),
					this.settings.lockout());
			return new BoardUser(account.username(), account.passwordHash(), account.role(), account.centre(),
					account.hospital(), account.enabled(), !mayTry);
		}).orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
	}

}
