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

	// One statement, so that concurrent failed attempts cannot lose a count.
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = """
			update account
			   set locked_until = case when failed_logins + 1 >= :maxAttempts then cast(:lockedUntil as timestamptz)
			                           else locked_until end,
			       failed_logins = case when failed_logins + 1 >= :maxAttempts then 0 else failed_logins + 1 end
			 where username = :username
			""", nativeQuery = true)
	int recordFailedLogin(@Param("username") String username, @Param("maxAttempts") int maxAttempts,
			@Param("lockedUntil") Instant lockedUntil);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "update account set failed_logins = 0, locked_until = null where username = :username"
			+ " and (failed_logins > 0 or locked_until is not null)", nativeQuery = true)
	int resetFailedLogins(@Param("username") String username);

}
