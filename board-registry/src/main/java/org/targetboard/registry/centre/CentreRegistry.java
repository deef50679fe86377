package org.targetboard.registry.centre;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.centre.Centre;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.Hospital;
import org.targetboard.core.centre.HospitalCode;

/**
 * Registry of the national coordinating centres and the treating hospitals each
 * coordinates.
 */
@Service
public class CentreRegistry {

	private final CentreJpaRepository centres;

	private final HospitalJpaRepository hospitals;

	CentreRegistry(CentreJpaRepository centres, HospitalJpaRepository hospitals) {
		this.centres = centres;
		this.hospitals = hospitals;
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

	/** The treating hospitals the centre coordinates, by name. */
	@Transactional(readOnly = true)
	public List<Hospital> hospitals(CentreCode centre) {
		return this.hospitals.findByCentreCodeOrderByName(centre.value())
			.stream()
			.map(CentreRegistry::toHospital)
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Hospital> findHospital(HospitalCode code) {
		return this.hospitals.findByCode(code.value()).map(CentreRegistry::toHospital);
	}

	/**
	 * Registers the hospital under its coordinating centre unless one with its code
	 * exists.
	 * @return whether it was new
	 * @throws IllegalArgumentException if the centre is unknown
	 */
	@Transactional
	public boolean registerIfAbsent(Hospital hospital) {
		if (this.hospitals.findByCode(hospital.code().value()).isPresent()) {
			return false;
		}
		CentreEntity centre = this.centres.findByCode(hospital.centre().value())
			.orElseThrow(() -> new IllegalArgumentException("Unknown centre " + hospital.centre()));
		this.hospitals.save(new HospitalEntity(hospital.code().value(), hospital.name(), centre));
		return true;
	}

	private static Hospital toHospital(HospitalEntity entity) {
		return new Hospital(new HospitalCode(entity.getCode()), entity.getName(),
				new CentreCode(entity.getCentre().getCode()));
	}

	private static Centre toCentre(CentreEntity entity) {
		return new Centre(new CentreCode(entity.getCode()), entity.getName(), entity.getCountry());
	}

}
