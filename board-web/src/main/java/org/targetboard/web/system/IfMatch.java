package org.targetboard.web.system;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * The version a change is based on, from its {@code If-Match} header: the API's resources
 * carry their version as a strong {@code ETag}, and every change must send it back, so
 * that a change based on an outdated read is refused instead of overwriting someone
 * else's.
 */
public final class IfMatch {

	private IfMatch() {
	}

	/** The entity tag of a version. */
	public static String etag(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version sent in {@code If-Match}.
	 * @param changed the refusal when the tag is no version of ours (it cannot match)
	 * @throws IfMatchRequiredException if no {@code If-Match} was sent
	 */
	public static long required(@Nullable String ifMatch, Supplier<? extends RuntimeException> changed) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new IfMatchRequiredException();
		}
		try {
			return Long.parseLong(ifMatch.replace("W/", "").replace("\"", "").strip());
		}
		catch (NumberFormatException ex) {
			throw changed.get();
		}
	}

	/** A change sent without the version it is based on (428). */
	public static final class IfMatchRequiredException extends RuntimeException {

		IfMatchRequiredException() {
			super("If-Match required");
		}

	}

}
