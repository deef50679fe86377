package org.targetboard.registry.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * The account feature's read-only view of a treating hospital; hospitals are maintained
 * by the centre registry.
 */
@Entity
@Immutable
@Table(name = "hospital")
class AccountHospitalEntity {

	@Id
	private Long id = 0L;

	@Column(nullable = false)
	private String code = "";

	protected AccountHospitalEntity() {
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

}
