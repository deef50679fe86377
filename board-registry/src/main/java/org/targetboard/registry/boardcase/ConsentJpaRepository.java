package org.targetboard.registry.boardcase;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
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
	@ListingQuery
	@Query("""
			select c.caseId from ConsentEntity c
			where c.caseId in :caseIds and c.discussion = true
			and (c.withdrawalScope is null or c.withdrawalScope = org.targetboard.core.consent.WithdrawalScope.REGISTRY)
			and c.id = (select max(n.id) from ConsentEntity n where n.caseId = c.caseId)
			""")
	List<Long> findCasesWithConsentForDiscussion(@Param("caseIds") List<Long> caseIds);

}
