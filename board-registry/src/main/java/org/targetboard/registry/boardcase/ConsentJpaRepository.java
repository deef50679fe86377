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
	 * Of the given cases (a PostgreSQL array literal of their ids, such as
	 * <code>{1,2}</code>), those whose newest consent permits discussion (given and not
	 * withdrawn, or withdrawn from the registry only). Asked by the lists, which change
	 * nothing before it, so it does not flush first. The ids are one parameter: Hibernate
	 * translates a query with a list of values anew on every run.
	 */
	@ListingQuery
	@Query(nativeQuery = true, value = """
			select c.case_id from case_consent c
			where c.case_id = any(cast(:caseIds as bigint[])) and c.discussion
			and (c.withdrawal_scope is null or c.withdrawal_scope = 'REGISTRY')
			and c.id = (select max(n.id) from case_consent n where n.case_id = c.case_id)
			""")
	List<Long> findCasesWithConsentForDiscussion(@Param("caseIds") String caseIds);

}
