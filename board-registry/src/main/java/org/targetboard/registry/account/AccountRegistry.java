package org.targetboard.registry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Role;
import org.targetboard.core.centre.CentreCode;

/**
 * Registry of user accounts and their login state.
 */
@Service
public class AccountRegistry {

	private final AccountJpaRepository accounts;

	private final EntityManager entityManager;

	private final Clock clock;

	AccountRegistry(AccountJpaRepository accounts, EntityManager entityManager, Clock clock) {
		this.accounts = accounts;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<AccountCredentials> findForLogin(String username) {
		return this.accounts.findByUsername(username)
			.map((account) -> new AccountCredentials(account.getUsername(), account.getPasswordHash(),
					account.getRole(),
					(account.getCentre() != null) ? new CentreCode(account.getCentre().getCode()) : null,
					account.getEmail(), account.isEnabled(), account.getLockedUntil()));
	}

	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return this.accounts.existsByUsername(username);
	}

	@Transactional(readOnly = true)
	public boolean anyWithRole(Role role) {
		return this.accounts.existsByRole(role);
	}

	/**
	 * Creates the account.
	 * @throws IllegalArgumentException if the centre is unknown
	 */
	@Transactional
	public void create(NewAccount account) {
		AccountCentreEntity centre = null;
		if (account.centre() != null) {
			centre = this.entityManager
				.createQuery("select c from AccountCentreEntity c where c.code = :code", AccountCentreEntity.class)
				.setParameter("code", account.centre().value())
				.getResultStream()
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown centre " + account.centre()));
		}
		this.accounts.save(new AccountEntity(account.username(), account.passwordHash(), account.role(), centre,
				account.email(), this.clock.instant()));
	}

	/**
	 * Counts a failed login; the account is locked for the given duration when the count
	 * reaches the maximum.
	 */
	@Transactional
	public void recordFailedLogin(String username, int maxAttempts, Duration lockout) {
		this.accounts.recordFailedLogin(username, maxAttempts, this.clock.instant().plus(lockout));
	}

	@Transactional
	public void recordSuccessfulLogin(String username) {
		this.accounts.resetFailedLogins(username);
	}

}
