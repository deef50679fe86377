package org.targetboard.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.targetboard.web.system.BoardProperties;

class LoginRateLimitTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));

	private final LoginRateLimit limit = new LoginRateLimit(
			new BoardProperties(new BoardProperties.Security(5, Duration.ofMinutes(15), 3), null, null, null, null,
					null, "http://localhost"),
			this.clock);

	@Test
	void refusesLoginsFromAnAddressWithTooManyFailuresUntilTheWindowEnds() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(login("10.0.0.7").getStatus()).isEqualTo(200);
			this.limit.recordFailure("10.0.0.7");
		}

		MockHttpServletResponse blocked = login("10.0.0.7");
		assertThat(blocked.getStatus()).isEqualTo(429);
		assertThat(blocked.getHeader("Retry-After")).isEqualTo("900");
		assertThat(login("10.0.0.8").getStatus()).as("another address").isEqualTo(200);

		this.clock.now = this.clock.now.plus(Duration.ofMinutes(15));
		assertThat(login("10.0.0.7").getStatus()).isEqualTo(200);
	}

	@Test
	void letsRequestsWithoutCredentialsPass() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.limit.recordFailure("10.0.0.9");
		}
		MockHttpServletRequest page = new MockHttpServletRequest("GET", "/login");
		page.setRemoteAddr("10.0.0.9");
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.limit.doFilter(page, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

	private MockHttpServletResponse login(String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
		request.setServletPath("/login");
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.limit.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static final class MutableClock extends java.time.Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
