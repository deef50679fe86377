package org.targetboard.registry.centre;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CentreJpaRepository extends JpaRepository<CentreEntity, Long> {

	Optional<CentreEntity> findByCode(String code);

}
