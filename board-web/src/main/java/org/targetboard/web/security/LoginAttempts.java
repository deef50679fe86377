package org.targetboard.web.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.audit.AuditLog;

/**
 * Audits every failed login and resets an account's count of failed attempts when a login
 * succeeds. The attempts themselves are counted before the password is checked
 * ({@link AccountUserDetailsService}), so that parallel guesses cannot outrun the limit.
 */
@Component
class LoginAttempts {

	private final AccountRegistry accounts;

	private final AuditLog audit;

	LoginAttempts(AccountRegistry accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		String name = event.getAuthentication().getName();
		// The name typed may be anything, even patient data: only a known account is
		// named.
		boolean known = name != null && this.accounts.findForLogin(name).isPresent();
		String reason = (event instanceof AuthenticationFailureLockedEvent) ? "account locked"
				: (event instanceof AuthenticationFailureBadCredentialsEvent && known) ? "wrong password"
						: known ? "refused" : "unknown account";
		this.audit.recordRefusalOfLogin(known ? name : "(unknown)", reason);
	}

	@EventListener
	void onSuccess(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccessfulLogin(event.getAuthentication().getName());
	}

}
