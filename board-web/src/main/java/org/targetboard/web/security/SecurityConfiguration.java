package org.targetboard.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.targetboard.core.access.BoardAction;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.account.ApiCredentialRegistry;

/**
 * Two filter chains over the same accounts: the JSON and FHIR APIs with HTTP Basic and no
 * session (so no CSRF exposure; the capability statement is public), and the browser with
 * form login, CSRF protection and sessions stored in PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
			+ "style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
			+ "base-uri 'self'";

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiCredentialRegistry credentials, AccountRegistry accounts)
			throws Exception {
		http.securityMatcher("/api/**", "/fhir/**")
			.addFilterBefore(new ApiCredentialFilter(credentials, accounts), BasicAuthenticationFilter.class)
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers("/fhir/metadata").permitAll().anyRequest().authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(ProblemResponses.unauthorized()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(ProblemResponses.unauthorized())
				.accessDeniedHandler(ProblemResponses.forbidden()))
			// Credentials travel with every request and no session cookie exists, so
			// there is nothing to forge.
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain browserSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error", "/actuator/health",
					"/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**")
			.permitAll()
			.requestMatchers("/actuator/**")
			.hasAnyRole(Roles.of(BoardAction.OPERATE))
			.requestMatchers(HttpMethod.GET, "/cases/new")
			.hasAnyRole(Roles.of(BoardAction.CREATE_CASE))
			.requestMatchers(HttpMethod.POST, "/cases")
			.hasAnyRole(Roles.of(BoardAction.CREATE_CASE))
			.requestMatchers("/cases/import")
			.hasAnyRole(Roles.of(BoardAction.CREATE_CASE))
			.anyRequest()
			.authenticated())
			.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			// No session before login: the CSRF token of the login form and the page
			// asked
			// for before it live in cookies, so anonymous requests store nothing.
			.csrf((csrf) -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm stored in the hash so it can be upgraded
		// later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

}
