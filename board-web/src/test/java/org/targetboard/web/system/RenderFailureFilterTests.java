package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@ExtendWith(OutputCaptureExtension.class)
class RenderFailureFilterTests {

	@Test
	void answersAFailedRenderingWithTheErrorPageAndLogsNoMessage(CapturedOutput output) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		new RenderFailureFilter().doFilter(new MockHttpServletRequest("GET", "/cases/x"), response,
				(request, ignored) -> {
					throw new IllegalStateException("Exception evaluating expression on value 'Marker QX-9'");
				});
		assertThat(response.getStatus()).isEqualTo(500);
		assertThat(output.getAll()).contains("Incident").contains("IllegalStateException").doesNotContain("QX-9");
	}

}
