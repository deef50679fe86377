package org.targetboard.registry.boardcase;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CaseStatusChangeJpaRepository extends JpaRepository<CaseStatusChangeEntity, Long> {

	List<CaseStatusChangeEntity> findByCaseIdOrderByIdAsc(Long caseId);

}
