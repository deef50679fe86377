package org.targetboard.registry.centre;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface HospitalJpaRepository extends JpaRepository<HospitalEntity, Long> {

	Optional<HospitalEntity> findByCode(String code);

	List<HospitalEntity> findByCentreCodeOrderByName(String centreCode);

}
