package org.targetboard.web.security;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.targetboard.registry.account.AccountRegistry;

/**
 * Loads accounts from the registry for both form login and HTTP Basic.
 */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final AccountRegistry accounts;

	private final Clock clock;

	AccountUserDetailsService(AccountRegistry accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.findForLogin(username)
			.map((account) -> new BoardUser(account.username(), account.passwordHash(), account.role(),
					account.centre(), account.enabled(), account.isLockedAt(this.clock.instant())))
			.orElseThrow(() -> new UsernameNotFoundException("Unknown account"));
	}

}
