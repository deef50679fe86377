package org.targetboard.web.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Role;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.centre.CentreCode;
import org.targetboard.core.centre.HospitalCode;

/**
 * The logged-in user. Serializable because sessions live in PostgreSQL; holds no patient
 * data.
 */
public final class BoardUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String username;

	private @Nullable String passwordHash;

	private final Role role;

	private final @Nullable String centre;

	private final @Nullable String hospital;

	private final boolean enabled;

	private final boolean locked;

	BoardUser(String username, String passwordHash, Role role, @Nullable CentreCode centre,
			@Nullable HospitalCode hospital, boolean enabled, boolean locked) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.role = role;
		this.centre = (centre != null) ? centre.value() : null;
		this.hospital = (hospital != null) ? hospital.value() : null;
		this.enabled = enabled;
		this.locked = locked;
	}

	/**
	 * This user as the subject of visibility and permission decisions.
	 */
	/** Whether the permission policy lets this user take the action. */
	public boolean may(BoardAction action) {
		return action.isPermittedFor(this.viewer().role());
	}

	public Viewer viewer() {
		return new Viewer(this.username, this.role, (this.centre != null) ? new CentreCode(this.centre) : null,
				(this.hospital != null) ? new HospitalCode(this.hospital) : null);
	}

	public Role getRole() {
		return this.role;
	}

	public @Nullable String getCentre() {
		return this.centre;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(Roles.PREFIX + this.role.name()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

}
