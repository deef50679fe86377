package org.targetboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.targetboard.core.access.Role;
import org.targetboard.core.boardcase.CaseAction;
import org.targetboard.core.boardcase.CaseStatus;
import org.targetboard.core.boardcase.Diagnosis;

/**
 * All visible text comes from the message bundle: templates contain no literal text or
 * literal user-facing attributes, and every key they use exists.
 */
class MessagesTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern TEXT_NODE = Pattern.compile(">([^<]+)<");

	private static final Pattern LITERAL_ATTRIBUTE = Pattern
		.compile("(?<![:\\w-])(title|placeholder|aria-label|alt|value)=\"([^\"]*[A-Za-z][^\"]*)\"");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");

	private static Properties messages;

	@BeforeAll
	static void loadMessages() throws IOException {
		messages = new Properties();
		try (InputStream in = Files.newInputStream(Path.of("src/main/resources/messages/messages.properties"))) {
			messages.load(in);
		}
	}

	@Test
	void templatesContainNoHardCodedText() throws IOException {
		List<String> offences = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template).replaceAll("(?s)<!--.*?-->", "");
			html = html.replaceAll("(?s)<head>.*?<title", "<head><title");
			Matcher text = TEXT_NODE.matcher(html);
			while (text.find()) {
				String content = text.group(1).strip();
				if (content.chars().anyMatch(Character::isLetter)) {
					offences.add(TEMPLATES.relativize(template) + ": text \"" + content + "\"");
				}
			}
			Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				offences.add(TEMPLATES.relativize(template) + ": " + attribute.group());
			}
		}
		assertThat(offences).as("hard-coded text in templates; use th:text=\"#{key}\"").isEmpty();
	}

	@Test
	void everyKeyUsedInATemplateExists() throws IOException {
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher key = STATIC_KEY.matcher(Files.readString(template));
			while (key.find()) {
				if (!messages.containsKey(key.group(1))) {
					missing.add(TEMPLATES.relativize(template) + ": " + key.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void everyStatusActionDiagnosisAndRoleHasALabel() {
		List<String> keys = new ArrayList<>();
		Stream.of(CaseStatus.values()).forEach((value) -> keys.add("case.status." + value.name()));
		Stream.of(CaseAction.values()).forEach((value) -> keys.add("case.action." + value.name()));
		Stream.of(CaseAction.values()).forEach((value) -> keys.add("case.flash.action." + value.name()));
		Stream.of(Diagnosis.values()).forEach((value) -> keys.add("diagnosis." + value.name()));
		Stream.of(Role.values()).forEach((value) -> keys.add("role." + value.name()));

		assertThat(keys).allSatisfy((key) -> assertThat(messages).containsKey(key));
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter((file) -> file.toString().endsWith(".html")).sorted().toList();
		}
	}

}
