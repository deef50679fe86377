package org.targetboard.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * RFC 9457 problem details for requests refused before they reach a controller: by
 * security, by the login limit, or by the input boundary's filter.
 */
public final class ProblemResponses {

	private ProblemResponses() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, exception) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Target Board\"");
			write(response, 401, "Unauthorized", "Authentication is required: HTTP Basic with your board account.");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, exception) -> write(response, 403, "Forbidden",
				"Your role does not allow this request.");
	}

	/**
	 * Writes a problem; title and detail are the board's own words, never input.
	 */
	public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(title,
					status, detail));
	}

}
