package org.targetboard.registry.boardcase;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The case feature's read-only view of a treating hospital; hospitals are maintained by
 * the centre registry.
 */
@Entity
@Immutable
@Table(name = "hospital")
class CaseHospitalEntity {

	@Id
	private Long id = 0L;

	@Column(nullable = false)
	private String code = "";

	@Column(name = "centre_id", nullable = false)
	private Long centreId = 0L;

	protected CaseHospitalEntity() {
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	Long getCentreId() {
		return this.centreId;
	}

}
