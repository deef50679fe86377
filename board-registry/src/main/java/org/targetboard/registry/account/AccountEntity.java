package org.targetboard.registry.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.access.Role;

@Entity
@Table(name = "account")
class AccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Role role;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "centre_id")
	private @Nullable AccountCentreEntity centre;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "hospital_id")
	private @Nullable AccountHospitalEntity hospital;

	private @Nullable String email;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "failed_logins", nullable = false)
	private int failedLogins;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AccountEntity() {
		this.username = "";
		this.passwordHash = "";
		this.role = Role.BOARD_MEMBER;
		this.createdAt = Instant.EPOCH;
	}

	AccountEntity(String username, String passwordHash, Role role, @Nullable AccountCentreEntity centre,
			@Nullable AccountHospitalEntity hospital, @Nullable String email, Instant createdAt) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.centre = centre;
		this.hospital = hospital;
		this.email = email;
		this.createdAt = createdAt;
	}

	String getUsername() {
		return this.username;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	@Nullable AccountCentreEntity getCentre() {
		return this.centre;
	}

	@Nullable AccountHospitalEntity getHospital() {
		return this.hospital;
	}

	@Nullable String getEmail() {
		return this.email;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	@Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

}
