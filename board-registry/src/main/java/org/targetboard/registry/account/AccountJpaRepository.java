package org.targetboard.registry.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.targetboard.core.access.Role;

interface AccountJpaRepository extends JpaRepository<AccountEntity, Long> {

	@Query("select a from AccountEntity a left join fetch a.centre where a.username = :username")
	Optional<AccountEntity> findByUsername(@Param("username") String username);

	boolean existsByUsername(String username);

	boolean existsByRole(Role role);

	// One statement, so that concurrent attempts are counted one by one: an attempt is
	// counted as failed before its password is checked, and the attempt that reaches the
	// limit locks the account for every later one. After an expired lock counting starts
	// again.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			update account
			   set failed_logins = case when locked_until is not null then 1 else failed_logins + 1 end,
			       locked_until = case when (case when locked_until is not null then 1 else failed_logins + 1 end)
			                                >= :maxAttempts then cast(:lockedUntil as timestamptz) end
			 where username = :username
			   and (locked_until is null or locked_until <= cast(:now as timestamptz))
			""", nativeQuery = true)
	int claimLoginAttempt(@Param("username") String username, @Param("maxAttempts") int maxAttempts,
			@Param("now") Instant now, @Param("lockedUntil") Instant lockedUntil);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update account set failed_logins = 0, locked_until = null where username = :username"
			+ " and (failed_logins > 0 or locked_until is not null)", nativeQuery = true)
	int resetFailedLogins(@Param("username") String username);

}
