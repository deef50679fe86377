package org.targetboard.registry.centre;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.centre.Centre;
import org.targetboard.core.centre.CentreCode;

/**
 * Registry of the national coordinating centres.
 */
@Service
public class CentreRegistry {

	private final CentreJpaRepository centres;

	CentreRegistry(CentreJpaRepository centres) {
		this.centres = centres;
	}

	@Transactional(readOnly = true)
	public List<Centre> all() {
		return this.centres.findAll(Sort.by("code")).stream().map(CentreRegistry::toCentre).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Centre> find(CentreCode code) {
		return this.centres.findByCode(code.value()).map(CentreRegistry::toCentre);
	}

	/**
	 * Registers the centre unless one with its code exists.
	 * @return whether it was new
	 */
	@Transactional
	public boolean registerIfAbsent(Centre centre) {
		if (this.centres.findByCode(centre.code().value()).isPresent()) {
			return false;
		}
		this.centres.save(new CentreEntity(centre.code().value(), centre.name(), centre.country()));
		return true;
	}

	private static Centre toCentre(CentreEntity entity) {
		return new Centre(new CentreCode(entity.getCode()), entity.getName(), entity.getCountry());
	}

}
