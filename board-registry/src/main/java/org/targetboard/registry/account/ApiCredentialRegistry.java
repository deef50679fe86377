package org.targetboard.registry.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.targetboard.core.access.BoardAction;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.audit.AuditAction;
import org.targetboard.core.intake.IntakeProblem;
import org.targetboard.core.intake.InvalidInputException;
import org.targetboard.registry.audit.AuditLog;

/**
 * API credentials: tokens with which a statistician's script fetches the registry
 * exports, apart from the account's password and any browser session. Only the token's
 * SHA-256 is stored; the token itself is returned once, when issued.
 */
@Service
public class ApiCredentialRegistry {

	/** The longest label. */
	public static final int MAX_LABEL = 100;

	/** Every token starts so, which lets secret scanners find leaked ones. */
	static final String PREFIX = "tb_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final Clock clock;

	ApiCredentialRegistry(JdbcClient jdbc, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A credential, as its owner sees it: never the token.
	 *
	 * @param id the credential's number
	 * @param label what its owner named it for
	 * @param createdAt when it was issued
	 * @param lastUsedAt when it last authenticated a request
	 * @param revokedAt when it was revoked
	 */
	public record Credential(long id, String label, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {
	}

	/**
	 * A newly issued credential with its token, which is not stored and cannot be shown
	 * again.
	 *
	 * @param credential the credential
	 * @param token the token to send as {@code Authorization: Bearer …}
	 */
	public record Issued(Credential credential, String token) {
	}

	/** A refused label; nothing was stored. */
	public static class InvalidCredentialException extends InvalidInputException {

		InvalidCredentialException(List<IntakeProblem> problems) {
			super(problems);
		}

	}

	/**
	 * Issues a credential for the viewer's own account.
	 * @throws InvalidCredentialException if the label is missing or too long
	 */
	@Transactional
	public Issued issue(Viewer viewer, @Nullable String label) {
		this.audit.require(viewer, BoardAction.EXPORT_REGISTRY, "ISSUE_API_CREDENTIAL");
		if (label == null || label.isBlank()) {
			throw new InvalidCredentialException(List.of(new IntakeProblem("label", "required", "is required")));
		}
		if (label.length() > MAX_LABEL) {
			throw new InvalidCredentialException(List.of(new IntakeProblem("label", "tooLong",
					"must be at most " + MAX_LABEL + " characters", List.of(Integer.toString(MAX_LABEL)))));
		}
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		long id = this.jdbc.sql("""
				insert into api_credential (username, label, token_sha256, created_at) values (?, ?, ?, ?) returning id
				""")
			.params(viewer.username(), label.strip(), sha256(token), Timestamp.from(now))
			.query(Long.class)
			.single();
		this.audit.record(viewer.username(), AuditAction.CREDENTIAL_CHANGED, "API credential " + id + " issued");
		return new Issued(new Credential(id, label.strip(), now, null, null), token);
	}

	/** The viewer's own credentials, newest first. */
	@Transactional(readOnly = true)
	public List<Credential> list(Viewer viewer) {
		this.audit.require(viewer, BoardAction.EXPORT_REGISTRY, "LIST_API_CREDENTIALS");
		return this.jdbc.sql("""
				select id, label, created_at, last_used_at, revoked_at from api_credential
				where username = ? order by id desc
				""")
			.param(viewer.username())
			.query((rs, row) -> new Credential(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
			.list();
	}

	/**
	 * Revokes one of the viewer's own credentials; a revoked one stays listed.
	 * @return whether a credential of the viewer's was revoked now
	 */
	@Transactional
	public boolean revoke(Viewer viewer, long id) {
		this.audit.require(viewer, BoardAction.EXPORT_REGISTRY, "REVOKE_API_CREDENTIAL");
		int revoked = this.jdbc
			.sql("update api_credential set revoked_at = ? where id = ? and username = ? and revoked_at is null")
			.params(Timestamp.from(this.clock.instant()), id, viewer.username())
			.update();
		if (revoked > 0) {
			this.audit.record(viewer.username(), AuditAction.CREDENTIAL_CHANGED, "API credential " + id + " revoked");
		}
		return revoked > 0;
	}

	/**
	 * The account a token authenticates, if the token is a credential in force; its use
	 * is recorded.
	 */
	@Transactional
	public Optional<String> authenticate(String token) {
		if (!token.startsWith(PREFIX) || token.length() > 100) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				update api_credential set last_used_at = ? where token_sha256 = ? and revoked_at is null
				returning username
				""").params(Timestamp.from(this.clock.instant()), sha256(token)).query(String.class).optional();
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
