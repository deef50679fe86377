package org.targetboard.registry.boardcase;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every finder takes the viewer's scope (centre and whether drafts are visible), so that
 * isolation between centres is enforced by the query itself.
 */
interface CaseJpaRepository extends JpaRepository<CaseEntity, Long> {

	String IN_SCOPE = """
			(:centre is null or c.centre.code = :centre)
			and (:oneHospital = false or (:hospital is null and h.id is null) or h.code = :hospital)
			and (:includeDrafts = true or c.status <> org.targetboard.core.boardcase.CaseStatus.DRAFT)
			and (:includeWithdrawn = true or c.status <> org.targetboard.core.boardcase.CaseStatus.CONSENT_WITHDRAWN)
			""";

	@Query("select c from CaseEntity c join fetch c.centre left join fetch c.hospital h where c.publicId = :publicId and "
			+ IN_SCOPE)
	Optional<CaseEntity> findInScope(@Param("publicId") UUID publicId, @Param("centre") @Nullable String centre,
			@Param("includeDrafts") boolean includeDrafts, @Param("includeWithdrawn") boolean includeWithdrawn,
			@Param("oneHospital") boolean oneHospital, @Param("hospital") @Nullable String hospital);

	@ListingQuery
	@Query("select c from CaseEntity c join fetch c.centre left join fetch c.hospital h where " + IN_SCOPE
			+ " order by c.updatedAt desc")
	List<CaseEntity> findAllInScope(@Param("centre") @Nullable String centre,
			@Param("includeDrafts") boolean includeDrafts, @Param("includeWithdrawn") boolean includeWithdrawn,
			@Param("oneHospital") boolean oneHospital, @Param("hospital") @Nullable String hospital);

	String MATCHES = """
			(:pseudonym is null or upper(c.pseudonym) like :pseudonym)
			and (:status is null or c.status = :status)
			and (:diagnosis is null or c.diagnosis = :diagnosis)
			and (:filterCentre is null or c.centre.code = :filterCentre)
			""";

	@ListingQuery
	@Query("select c from CaseEntity c join fetch c.centre left join fetch c.hospital h where " + IN_SCOPE + " and "
			+ MATCHES)
	List<CaseEntity> search(@Param("centre") @Nullable String centre, @Param("includeDrafts") boolean includeDrafts,
			@Param("includeWithdrawn") boolean includeWithdrawn, @Param("oneHospital") boolean oneHospital,
			@Param("hospital") @Nullable String hospital, @Param("pseudonym") @Nullable String pseudonym,
			@Param("status") org.targetboard.core.boardcase.@Nullable CaseStatus status,
			@Param("diagnosis") org.targetboard.core.boardcase.@Nullable Diagnosis diagnosis,
			@Param("filterCentre") @Nullable String filterCentre, org.springframework.data.domain.Pageable pageable);

	/**
	 * How many cases a search finds, counted up to a limit: a count that stops there,
	 * where counting them all reads every case in sight. The same scope and criteria as
	 * {@link #search}, in SQL, because a limit in a query's subquery needs an order
	 * there, which made PostgreSQL read and sort every case; states and diagnoses by
	 * name.
	 */
	@ListingQuery
	@Query(nativeQuery = true,
			value = """
					select count(*) from (
					  select 1 from board_case c join centre e on e.id = c.centre_id left join hospital h on h.id = c.hospital_id
					  where (cast(:centre as varchar) is null or e.code = :centre)
					    and (:oneHospital = false or (cast(:hospital as varchar) is null and h.id is null) or h.code = :hospital)
					    and (:includeDrafts or c.status <> 'DRAFT')
					    and (:includeWithdrawn or c.status <> 'CONSENT_WITHDRAWN')
					    and (cast(:pseudonym as varchar) is null or upper(c.pseudonym) like :pseudonym)
					    and (cast(:status as varchar) is null or c.status = :status)
					    and (cast(:diagnosis as varchar) is null or c.diagnosis = :diagnosis)
					    and (cast(:filterCentre as varchar) is null or e.code = :filterCentre)
					  limit :limit) counted
					""")
	long countUpTo(@Param("centre") @Nullable String centre, @Param("includeDrafts") boolean includeDrafts,
			@Param("includeWithdrawn") boolean includeWithdrawn, @Param("oneHospital") boolean oneHospital,
			@Param("hospital") @Nullable String hospital, @Param("pseudonym") @Nullable String pseudonym,
			@Param("status") @Nullable String status, @Param("diagnosis") @Nullable String diagnosis,
			@Param("filterCentre") @Nullable String filterCentre, @Param("limit") int limit);

	/**
	 * The cases in sight in one of up to four states (repeat one to ask for fewer):
	 * single values, since Hibernate translates a query with a list of values anew on
	 * every run, and this one runs with every case list.
	 */
	@ListingQuery
	@Query("select c from CaseEntity c join fetch c.centre left join fetch c.hospital h where " + IN_SCOPE
			+ " and c.status in (:first, :second, :third, :fourth) order by c.updatedAt desc")
	List<CaseEntity> findInScopeWithStatus(@Param("centre") @Nullable String centre,
			@Param("includeDrafts") boolean includeDrafts, @Param("includeWithdrawn") boolean includeWithdrawn,
			@Param("oneHospital") boolean oneHospital, @Param("hospital") @Nullable String hospital,
			@Param("first") org.targetboard.core.boardcase.CaseStatus first,
			@Param("second") org.targetboard.core.boardcase.CaseStatus second,
			@Param("third") org.targetboard.core.boardcase.CaseStatus third,
			@Param("fourth") org.targetboard.core.boardcase.CaseStatus fourth);

	@Query(value = """
			insert into pseudonym_sequence (centre_id, year, last_value) values (:centreId, :year, 1)
			on conflict (centre_id, year) do update set last_value = pseudonym_sequence.last_value + 1
			returning last_value
			""", nativeQuery = true)
	int nextPseudonymSequence(@Param("centreId") Long centreId, @Param("year") int year);

}
