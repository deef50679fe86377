package org.targetboard.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.targetboard.web.system.BoardProperties;

/**
 * Limits failed logins per network address, beside the lock per account: an address with
 * too many failures in the lockout window may not try to log in again (429) until the
 * window ends, so one client cannot guess passwords across accounts or lock every account
 * in turn. Counted per node, in memory; requests without credentials pass.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LoginRateLimit extends OncePerRequestFilter {

	private final Map<String, Window> failures = new ConcurrentHashMap<>();

	private final BoardProperties.Security settings;

	private final Clock clock;

	LoginRateLimit(BoardProperties properties, Clock clock) {
		this.settings = properties.security();
		this.clock = clock;
	}

	@EventListener
	void onFailure(AbstractAuthenticationFailureEvent event) {
		if (event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			recordFailure(details.getRemoteAddress());
		}
	}

	void recordFailure(String address) {
		Instant now = this.clock.instant();
		this.failures.compute(address, (key, window) -> (window == null || window.endsBefore(now))
				? new Window(now.plus(this.settings.lockout()), 1) : new Window(window.end(), window.count() + 1));
	}

	/** When the address may try again, or {@code null} if it may now. */
	@Nullable Instant blockedUntil(String address) {
		Window window = this.failures.get(address);
		if (window == null) {
			return null;
		}
		if (window.endsBefore(this.clock.instant())) {
			this.failures.remove(address, window);
			return null;
		}
		return (window.count() >= this.settings.maxFailedLoginsPerAddress()) ? window.end() : null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean login = ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()))
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null;
		Instant until = login ? blockedUntil(request.getRemoteAddr()) : null;
		if (until != null) {
			response.setHeader(HttpHeaders.RETRY_AFTER,
					Long.toString(Math.max(1, Duration.between(this.clock.instant(), until).toSeconds())));
			ProblemResponses.write(response, 429, "Too many failed logins",
					"Too many failed logins came from this address; try again later.");
			return;
		}
		chain.doFilter(request, response);
	}

	/** Failures of one address until the end of its window. */
	private record Window(Instant end, int count) {

		boolean endsBefore(Instant now) {
			return !this.end.isAfter(now);
		}

	}

}
