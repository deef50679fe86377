package org.targetboard.web.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Static resources are served under stable, versionless paths (the webjar resolver finds
 * the version when the request comes in), so no link needs rewriting: the URL encoding
 * filter, which resolved every link of every page against the jars (most of the case
 * list's time), is switched off.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources {

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

}
