package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class IncidentsTests {

	@Test
	void logsTypesAndFramesButNeverExceptionMessages(CapturedOutput output) {
		IllegalStateException failure = new IllegalStateException("constraint violated for question 'Marker QX-1'",
				new IllegalArgumentException("value QX-2 rejected"));

		String incident = Incidents.log(LoggerFactory.getLogger(IncidentsTests.class), failure);

		assertThat(incident).hasSize(8);
		assertThat(output.getAll()).contains("Incident " + incident)
			.contains("java.lang.IllegalStateException")
			.contains("caused by java.lang.IllegalArgumentException")
			.contains("IncidentsTests")
			.doesNotContain("QX-1")
			.doesNotContain("QX-2");
	}

	@Test
	void aClientThatWentAwayIsNoIncident() {
		assertThat(Incidents.clientGone(new IllegalStateException("writing",
				new org.apache.catalina.connector.ClientAbortException(new java.io.IOException("Broken pipe")))))
			.isTrue();
		assertThat(Incidents
			.clientGone(new org.springframework.web.context.request.async.AsyncRequestNotUsableException("gone")))
			.isTrue();
		assertThat(Incidents.clientGone(new IllegalStateException("a real failure"))).isFalse();
	}

}
