package org.targetboard.registry.boardcase;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

/**
 * Consent forms by case; only reached through {@link CaseRegistry}, after its scope
 * check.
 */
interface ConsentJpaRepository extends JpaRepository<ConsentEntity, Long> {

	Optional<ConsentEntity> findFirstByCaseIdOrderByIdDesc(Long caseId);

	/**
	 * Of the given cases, those whose newest consent permits discussion (given and not
	 * withdrawn, or withdrawn from the registry only). Asked by the lists, which change
	 * nothing before it, so it does not flush first.
	 */
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
	@Query("""
			select c.caseId from ConsentEntity c
			where c.caseId in :caseIds and c.discussion = true
			and (c.withdrawalScope is null or c.withdrawalScope = org.targetboard.core.consent.WithdrawalScope.REGISTRY)
			and c.id = (select max(n.id) from ConsentEntity n where n.caseId = c.caseId)
			""")
	List<Long> findCasesWithConsentForDiscussion(@Param("caseIds") List<Long> caseIds);

}
