package org.targetboard.registry.centre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "centre")
class CentreEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true, length = 3)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	@Column(nullable = false, length = 2)
	private String country;

	protected CentreEntity() {
		this.code = "";
		this.name = "";
		this.country = "";
	}

	CentreEntity(String code, String name, String country) {
		this.code = code;
		this.name = name;
		this.country = country;
	}

	@Nullable Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	String getCountry() {
		return this.country;
	}

}
