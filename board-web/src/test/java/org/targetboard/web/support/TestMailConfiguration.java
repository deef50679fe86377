package org.targetboard.web.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server (GreenMail) on a free port for the integration tests, and the
 * application's mail sender pointed at it through {@link SmtpFaults}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailConfiguration {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	@Bean
	SmtpFaults smtpFaults(GreenMail greenMail) {
		return new SmtpFaults(greenMail.getSmtp().getPort());
	}

	// Through the fault proxy, which passes everything unless a test says otherwise; the
	// timeouts are the application's (application.properties).
	@Bean
	JavaMailSender mailSender(SmtpFaults faults) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(faults.port());
		java.util.Properties properties = new java.util.Properties();
		properties.put("mail.smtp.connectiontimeout", "5000");
		properties.put("mail.smtp.timeout", "5000");
		properties.put("mail.smtp.writetimeout", "5000");
		sender.setJavaMailProperties(properties);
		return sender;
	}

}
