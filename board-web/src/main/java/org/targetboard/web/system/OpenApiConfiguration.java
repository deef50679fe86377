package org.targetboard.web.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The description of the JSON API at {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI boardOpenApi() {
		return new OpenAPI().info(new Info().title("Target Board API")
			.version("v1")
			.description("The international target board for children, adolescents and young adults with "
					+ "relapsed or refractory leukaemia and lymphoma: cases and consent, meetings and written "
					+ "reviews, advice with its letters and referrals, follow-up and events, FHIR, and the "
					+ "registry's exports. HTTP Basic authentication; the exports also take an API credential as "
					+ "Authorization: Bearer. Errors are RFC 9457 problem details; changes take the resource's "
					+ "ETag in If-Match."));
	}

}
