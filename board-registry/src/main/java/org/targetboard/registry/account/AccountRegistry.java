package org.targetboard.registry.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.Role;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

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
					(account.getHospital() != null) ? new HospitalCode(account.getHospital().getCode()) : null,
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
	 * The enabled accounts with one of the roles, by username: the people who can be
	 * invited to a meeting.
	 */
	@Transactional(readOnly = true)
	public List<String> usernamesWithRoles(Collection<Role> roles) {
		return this.entityManager
			.createQuery("select a.username from AccountEntity a where a.role in :roles and a.enabled = true "
					+ "order by a.username", String.class)
			.setParameter("roles", roles)
			.getResultList();
	}

	/**
	 * The mail addresses of the named enabled accounts that have one.
	 */
	@Transactional(readOnly = true)
	public List<String> emailsOf(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return List.of();
		}
		return this.entityManager
			.createQuery("select a.email from AccountEntity a where a.username in :names and a.enabled = true "
					+ "and a.email is not null order by a.username", String.class)
			.setParameter("names", usernames)
			.getResultList();
	}

	/**
	 * The mail addresses of the people who may see a case of the centre and hospital: the
	 * centre's coordinators and the treating physicians of that hospital (of the centre
	 * itself, without one).
	 */
	@Transactional(readOnly = true)
	public List<String> caseContacts(CentreCode centre, @Nullable HospitalCode hospital) {
		return this.entityManager
			.createQuery("select a.email from AccountEntity a left join a.hospital h where a.centre.code = :centre "
					+ "and a.enabled = true and a.email is not null and (a.role = :coordinator or (a.role = :physician "
					+ "and ((:hospital is null and h.id is null) or h.code = :hospital))) order by a.username",
					String.class)
			.setParameter("centre", centre.value())
			.setParameter("hospital", (hospital != null) ? hospital.value() : null)
			.setParameter("coordinator", Role.COORDINATOR)
			.setParameter("physician", Role.PHYSICIAN)
			.getResultList();
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
		AccountHospitalEntity hospital = null;
		if (account.hospital() != null) {
			hospital = this.entityManager
				.createQuery("select h from AccountHospitalEntity h where h.code = :code", AccountHospitalEntity.class)
				.setParameter("code", account.hospital().value())
				.getResultStream()
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("Unknown hospital " + account.hospital()));
		}
		this.accounts.save(new AccountEntity(account.username(), account.passwordHash(), account.role(), centre,
				hospital, account.email(), this.clock.instant()));
	}

	/**
	 * Counts a login attempt as failed before its password is checked, so that parallel
	 * guesses cannot all pass the check against the limit; a successful login resets the
	 * count. The attempt that reaches the limit locks the account for the given duration.
	 * @return whether the attempt may be checked; {@code false} while the account is
	 * locked
	 */
	@Transactional
	public boolean claimLoginAttempt(String username, int maxAttempts, Duration lockout) {
		Instant now = this.clock.instant();
		return this.accounts.claimLoginAttempt(username, maxAttempts, now, now.plus(lockout)) > 0;
	}

	@Transactional
	public void recordSuccessfulLogin(String username) {
		this.accounts.resetFailedLogins(username);
	}

}
