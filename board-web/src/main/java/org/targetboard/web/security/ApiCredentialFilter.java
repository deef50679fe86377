package org.targetboard.web.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import org.targetboard.registry.account.AccountCredentials;
import org.targetboard.registry.account.AccountRegistry;
import org.targetboard.registry.account.ApiCredentialRegistry;

/**
 * Authenticates {@code Authorization: Bearer …} with an API credential, for the registry
 * exports only: a statistician's script fetches the data without the account's password
 * or a browser session. A token anywhere else, unknown, revoked or of a disabled account
 * is refused with a problem, never passed on.
 */
final class ApiCredentialFilter extends OncePerRequestFilter {

	/** The only paths a credential reaches. */
	static final String EXPORTS = "/api/v1/registry/";

	private static final String BEARER = "Bearer ";

	private final ApiCredentialRegistry credentials;

	private final AccountRegistry accounts;

	private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();

	ApiCredentialFilter(ApiCredentialRegistry credentials, AccountRegistry accounts) {
		this.credentials = credentials;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		if (!request.getRequestURI().startsWith(EXPORTS)) {
			refuse(response, "An API credential reaches only the registry exports (" + EXPORTS + "…).");
			return;
		}
		Optional<AccountCredentials> account = this.credentials.authenticate(header.substring(BEARER.length()).strip())
			.flatMap(this.accounts::findForLogin)
			.filter(AccountCredentials::enabled);
		if (account.isEmpty()) {
			refuse(response, "The API credential is unknown or revoked.");
			return;
		}
		AccountCredentials found = account.get();
		BoardUser user = new BoardUser(found.username(), found.passwordHash(), found.role(), found.centre(),
				found.hospital(), true, false);
		user.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		// Kept with the request (never in a session), so that a streamed export's async
		// dispatch is authenticated as its request was.
		this.contexts.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	private static void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setHeader("WWW-Authenticate", "Bearer realm=\"Target Board\"");
		ProblemResponses.write(response, 401, "Unauthorized", detail);
	}

}
