package org.targetboard.web.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Catches what escapes the controllers' error handling — a failure while a page is
 * rendered, after the controller returned — so that the servlet container never logs it
 * with its message (which may quote data): it is logged by incident, with types and
 * frames only, and answered with the error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RenderFailureFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RenderFailureFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			Incidents.log(log, ex);
			if (!response.isCommitted()) {
				response.reset();
				response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
			}
		}
	}

}
