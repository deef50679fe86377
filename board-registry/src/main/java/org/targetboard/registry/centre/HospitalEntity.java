package org.targetboard.registry.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "hospital")
class HospitalEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 14)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "centre_id", nullable = false)
	private CentreEntity centre;

	protected HospitalEntity() {
		this.code = "";
		this.name = "";
		this.centre = new CentreEntity();
	}

	HospitalEntity(String code, String name, CentreEntity centre) {
		this.code = code;
		this.name = name;
		this.centre = centre;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	CentreEntity getCentre() {
		return this.centre;
	}

}
