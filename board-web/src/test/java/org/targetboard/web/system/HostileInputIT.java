package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.web.advice.TestBoard;
import org.targetboard.web.support.ApiClient;
import org.targetboard.web.support.BoardIntegrationTest;
import org.targetboard.web.support.HostileInput;
import org.targetboard.web.support.TestCasesApi;

/**
 * The external audit's fuzzing, in the build: thousands of hostile requests with a fixed
 * seed against every write endpoint of the API and every form of the pages. None may
 * answer 5xx, no error body may echo what was sent, a refused request must leave every
 * clinical table as it was, and no log line may carry a submitted text or a case's dates.
 */
@BoardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileInputIT {

	private static final int JSON_REQUESTS = 4000;

	private static final int FORM_REQUESTS = 1500;

	// Tables whose rows change without a request (mail delivery, sessions, the audit of
	// refusals, login counters) are left out of the fingerprint.
	private static final List<String> NOT_FINGERPRINTED = List.of("audit_event", "spring_session",
			"spring_session_attributes", "flyway_schema_history", "mail_outbox", "account", "follow_up_reminder",
			"login_attempt");

	private static final Pattern FORM = Pattern.compile("(?s)<form\\b([^>]*)>(.*?)</form>");

	private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

	private static final Pattern FIELD = Pattern
		.compile("(?s)<input\\b([^>]*)>|<(textarea|select)\\b([^>]*)>(.*?)</(?:textarea|select)>");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestBoard board;

	@Test
	void answersThousandsOfHostileRequestsWithoutServerErrorsEchoesPartialWritesOrLoggedValues(CapturedOutput output)
			throws Exception {
		HostileInput hostile = new HostileInput(20261201L);
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		String draft = coordinator.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I).json().get("id").asString();
		// A draft of its own for the form, which the API's transitions cannot submit.
		String formDraft = coordinator.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I)
			.json()
			.get("id")
			.asString();
		String ready = TestCasesApi.readyForAgenda(this.port);
		PublicCaseId advised = this.board.caseWithAdvice();
		String bundle = coordinator.get("/api/v1/cases/" + draft + "/fhir").raw().body();
		// The chair's advice draft and a meeting of the API, for the advice and meeting
		// endpoints.
		ApiClient chairApi = ApiClient.as(this.port, "chair", "demo");
		PublicCaseId discussed = this.board.discussedCase();
		String adviceDraft = chairApi.post("/api/v1/cases/" + discussed + "/advice", "{}").raw().body();
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(20);
		String plan = """
				{"title": "Hostile meeting", "start": "%sT16:00", "timeZone": "Europe/Berlin", "durationMinutes": 60,
				 "submissionCutoff": "%s", "chair": "chair", "members": ["member"]}""".formatted(day, day.minusDays(2));
		String apiMeeting = "/api/v1/meetings/" + chairApi.post("/api/v1/meetings", plan).json().get("id").asString();
		String fingerprintSql = fingerprintSql();
		List<String> failures = new ArrayList<>();

		List<JsonTarget> targets = List.of(new JsonTarget("POST", "/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I),
				new JsonTarget("PUT", "/api/v1/cases/" + draft, TestCasesApi.PH_POSITIVE_T315I),
				new JsonTarget("POST", "/api/v1/cases/" + draft + "/transitions", "{\"action\": \"SUBMIT\"}"),
				new JsonTarget("PUT", "/api/v1/cases/" + ready + "/consent",
						"{\"date\": \"2026-10-25\", \"formVersion\": \"iLTB-NL 3.1\", \"signedByParent\": true,"
								+ " \"discussion\": true, \"registry\": true}"),
				new JsonTarget("POST", "/api/v1/cases/" + ready + "/consent/withdrawal",
						"{\"date\": \"2026-10-26\", \"scope\": \"REGISTRY\"}"),
				new JsonTarget("POST", "/api/v1/prioritization",
						TestCasesApi.PH_POSITIVE_T315I
							.replace("\"questionToBoard\": \"Which TKI after dasatinib failure with T315I?\",", "")),
				new JsonTarget("POST", "/api/v1/fhir/Bundle", bundle),
				new JsonTarget("POST", "/api/v1/cases/" + advised + "/follow-ups",
						"{\"dueDate\": \"2027-03-01\", \"adviceFollowed\": \"YES\", \"therapyGiven\": \"ADVISED_OPTION\","
								+ " \"advisedOption\": 1, \"therapyStart\": \"2026-12-02\", \"alive\": true,"
								+ " \"lastContact\": \"2026-12-03\"}"),
				new JsonTarget("POST", "/api/v1/cases/" + advised + "/outcome-events",
						"{\"kind\": \"THERAPY_START\", \"occurredOn\": \"2026-12-02\","
								+ " \"therapyGiven\": \"ADVISED_OPTION\", \"advisedOption\": 1}"),
				new JsonTarget("chair", "PUT", "/api/v1/cases/" + discussed + "/advice/draft", adviceDraft),
				new JsonTarget("chair", "POST", "/api/v1/cases/" + discussed + "/advice",
						"{\"amendmentReason\": \"A reason\"}"),
				new JsonTarget("chair", "POST", "/api/v1/meetings", plan),
				new JsonTarget("chair", "PUT", apiMeeting, plan),
				new JsonTarget("chair", "POST", apiMeeting + "/agenda",
						"{\"caseId\": \"" + ready + "\", \"minutes\": 15}"),
				new JsonTarget("chair", "PUT", apiMeeting + "/attendance", "{\"present\": [\"chair\"]}"),
				new JsonTarget("member", "POST", apiMeeting + "/cases/" + ready + "/comments",
						"{\"text\": \"A comment\"}"),
				new JsonTarget("POST", "/api/v1/cases/" + advised + "/advice/1/referrals/1/progress",
						"{\"status\": \"ACCEPTED\", \"date\": \"2026-11-20\"}"));
		String[] rows = { fingerprint(fingerprintSql) };
		for (int n = 0; n < JSON_REQUESTS; n++) {
			JsonTarget target = hostile.pick(targets);
			HttpResponse<String> response = sendJson(hostile, target, hostile.jsonBody(target.template()));
			check(failures, target.method() + " " + target.path(), response, fingerprintSql, rows, true);
		}

		FormClient chair = FormClient.login(this.port, "chair");
		FormClient nl = FormClient.login(this.port, "coordinator-nl");
		String meeting = chair.firstLink("/meetings", "/meetings/([0-9a-f-]{36}|\\d+)(?=\")");
		List<FormPage> pages = List.of(new FormPage(nl, "/cases/new"),
				new FormPage(nl, "/cases/" + formDraft + "/edit"), new FormPage(nl, "/cases/" + ready + "/consent"),
				new FormPage(nl, "/cases/" + advised + "/follow-ups/new"),
				new FormPage(nl, "/cases/" + advised + "/outcome-events/new"), new FormPage(chair, "/meetings/new"),
				new FormPage(chair, meeting), new FormPage(chair, meeting + "/cases/1"),
				new FormPage(chair, "/cases/" + advised + "/advice"));
		for (int n = 0; n < FORM_REQUESTS; n++) {
			FormPage page = hostile.pick(pages);
			List<Form> forms = page.client().forms(page.path());
			if (forms.isEmpty()) {
				continue;
			}
			Form form = hostile.pick(forms);
			HttpResponse<String> response = page.client().post(form.action(), hostile.formBody(form.fields()));
			check(failures, "form " + form.action() + " on " + page.path(), response, fingerprintSql, rows, false);
		}

		for (String id : List.of(draft, ready, advised.toString())) {
			assertThat(coordinator.get("/api/v1/cases/" + id).status()).as("case %s is still readable", id)
				.isEqualTo(200);
		}
		assertThat(failures).as("hostile requests that failed").isEmpty();
		String log = output.getAll();
		assertThat(log.toLowerCase(Locale.ROOT)).as("the log carries no submitted text")
			.doesNotContain(HostileInput.MARK.toLowerCase(Locale.ROOT));
		assertThat(log).as("the log carries no date of a case")
			.doesNotContain("2023-11-02", "2025-12-01", "2026-10-20");
	}

	// rows[0] is the fingerprint of the clinical tables before the request, and after it
	// when this returns.
	@Test
	void answersConcurrentSavesOfOneFormWithoutServerErrorsOrLostText() throws Exception {
		ApiClient coordinator = ApiClient.as(this.port, "coordinator-nl", "demo");
		String draft = coordinator.post("/api/v1/cases", TestCasesApi.PH_POSITIVE_T315I).json().get("id").asString();
		FormClient nl = FormClient.login(this.port, "coordinator-nl");
		Form form = nl.forms("/cases/" + draft + "/edit").getFirst();
		List<java.util.concurrent.Future<HttpResponse<String>>> saves = new ArrayList<>();
		try (var executor = java.util.concurrent.Executors.newFixedThreadPool(20)) {
			java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
			for (int n = 0; n < 20; n++) {
				List<Map.Entry<String, String>> fields = new ArrayList<>(form.fields());
				String question = "Concurrent question " + n;
				fields.replaceAll((field) -> field.getKey().equals("questionToBoard")
						? Map.entry("questionToBoard", question) : field);
				saves.add(executor.submit(() -> {
					start.await();
					return nl.post(form.action(), fields);
				}));
			}
			start.countDown();
			int saved = 0;
			for (var save : saves) {
				HttpResponse<String> response = save.get();
				assertThat(response.statusCode()).isIn(200, 302);
				if (response.statusCode() == 302) {
					saved++;
				}
				else {
					// The loser sees that the case changed, with its own text still in
					// the form.
					assertThat(response.body()).contains("Concurrent question");
				}
			}
			assertThat(saved).isGreaterThanOrEqualTo(1);
		}
	}

	private void check(List<String> failures, String what, HttpResponse<String> response, String fingerprintSql,
			String[] rows, boolean api) {
		int status = response.statusCode();
		String before = rows[0];
		rows[0] = fingerprint(fingerprintSql);
		if (status >= 500) {
			failures.add(status + " from " + what + ": " + abbreviate(response.body()));
			return;
		}
		boolean refused = api ? status >= 400 : status != 302;
		if (!refused) {
			return;
		}
		if (api && response.body().toLowerCase(Locale.ROOT).contains(HostileInput.MARK.toLowerCase(Locale.ROOT))) {
			failures.add("echo in " + status + " from " + what + ": " + abbreviate(response.body()));
		}
		if (!before.equals(rows[0])) {
			failures.add("refused with " + status + " but changed rows: " + what);
		}
	}

	private HttpResponse<String> sendJson(HostileInput hostile, JsonTarget target, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + target.path()))
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((target.user() + ":demo").getBytes(StandardCharsets.UTF_8)))
			.method(target.method(), HttpRequest.BodyPublishers.ofString(body));
		int headers = hostile.random().nextInt(100);
		if (headers < 6) {
			request.header("Content-Type", hostile.pick(List.of("*/*", "text/plain", "application/xml",
					"application/json; charset=" + HostileInput.MARK, "multipart/form-data; boundary=x")));
		}
		else if (headers >= 9) {
			request.header("Content-Type",
					target.path().contains("fhir") ? "application/fhir+json" : "application/json");
		}
		if (headers >= 12) {
			// Usually the current version, so that the body itself is what is judged.
			request.header("If-Match",
					hostile.random().nextInt(10) == 0
							? hostile
								.pick(List.of("\"abc\"", "W/\"-1\"", "\"99999999999999999999\"", HostileInput.MARK))
							: currentEtag(target));
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String currentEtag(JsonTarget target) {
		String path = target.path();
		ApiClient user = ApiClient.as(this.port, target.user(), "demo");
		if (path.contains("/advice/draft")) {
			return user.get(path.substring(0, path.indexOf("/advice/draft")) + "/advice/draft").header("ETag");
		}
		Matcher meeting = Pattern.compile("/api/v1/meetings/([0-9a-f-]{36})").matcher(path);
		if (meeting.find()) {
			return user.get("/api/v1/meetings/" + meeting.group(1)).header("ETag");
		}
		Matcher matcher = Pattern.compile("/api/v1/cases/([0-9a-f-]{36})").matcher(path);
		if (!matcher.find()) {
			return "\"0\"";
		}
		return ApiClient.as(this.port, "coordinator-nl", "demo")
			.get("/api/v1/cases/" + matcher.group(1))
			.header("ETag");
	}

	private String fingerprintSql() {
		List<String> tables = this.jdbc.sql("""
				select table_name from information_schema.tables
				where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")
			.query(String.class)
			.list()
			.stream()
			.filter((table) -> !NOT_FINGERPRINTED.contains(table))
			.toList();
		return tables.stream()
			// Rows and the newest row version of each table: any insert, update or delete
			// changes one of them, without reading large values.
			.map((table) -> "(select '" + table + "=' || count(*) || ':' || coalesce(max(xmin::text::bigint), 0) "
					+ "from " + table + ")")
			.collect(Collectors.joining(" || ',' || ", "select ", ""));
	}

	private String fingerprint(String sql) {
		return this.jdbc.sql(sql).query(String.class).single();
	}

	private static String abbreviate(String body) {
		return (body.length() > 300) ? body.substring(0, 300) + "…" : body;
	}

	/** A JSON endpoint with a valid body to mutate. */
	private record JsonTarget(String user, String method, String path, String template) {

		JsonTarget(String method, String path, String template) {
			this("coordinator-nl", method, path, template);
		}

	}

	/** A page whose forms are posted by the given session. */
	private record FormPage(FormClient client, String path) {
	}

	/**
	 * A form found on a page: where it posts and its fields with their current values.
	 */
	private record Form(String action, List<Map.Entry<String, String>> fields) {
	}

	/** A browser-like session of one account: cookies, and forms read from the pages. */
	private static final class FormClient {

		private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		private final int port;

		private final Map<String, List<Form>> forms = new LinkedHashMap<>();

		private FormClient(int port) {
			this.port = port;
		}

		static FormClient login(int port, String username) throws Exception {
			FormClient client = new FormClient(port);
			Form login = client.read("/login").getFirst();
			List<Map.Entry<String, String>> fields = new ArrayList<>(login.fields());
			fields.removeIf((field) -> field.getKey().equals("username") || field.getKey().equals("password"));
			fields.add(Map.entry("username", username));
			fields.add(Map.entry("password", "demo"));
			assertThat(client.post("/login", fields).statusCode()).isEqualTo(302);
			return client;
		}

		String firstLink(String path, String pattern) throws Exception {
			Matcher matcher = Pattern.compile(pattern).matcher(get(path).body());
			assertThat(matcher.find()).as("a link on " + path).isTrue();
			return matcher.group();
		}

		// The forms of a page are read once; the CSRF token stays valid for the session.
		List<Form> forms(String path) throws Exception {
			List<Form> found = this.forms.get(path);
			if (found == null) {
				found = read(path).stream().filter((form) -> !form.action().endsWith("/logout")).toList();
				this.forms.put(path, found);
			}
			return found;
		}

		private List<Form> read(String path) throws Exception {
			HttpResponse<String> page = get(path);
			List<Form> found = new ArrayList<>();
			if (page.statusCode() != 200) {
				// The case moved on (submitted, closed) and the page is gone: no forms.
				return found;
			}
			Matcher form = FORM.matcher(page.body());
			while (form.find()) {
				Map<String, String> attributes = attributes(form.group(1));
				if (!"post".equalsIgnoreCase(attributes.getOrDefault("method", "get"))
						|| attributes.getOrDefault("enctype", "").contains("multipart")) {
					continue;
				}
				found.add(
						new Form(attributes.getOrDefault("action", path).replace("&amp;", "&"), fields(form.group(2))));
			}
			return found;
		}

		private static List<Map.Entry<String, String>> fields(String html) {
			List<Map.Entry<String, String>> fields = new ArrayList<>();
			Matcher field = FIELD.matcher(html);
			while (field.find()) {
				boolean input = field.group(1) != null;
				String tag = input ? "input" : field.group(2);
				String attributeText = input ? field.group(1) : field.group(3);
				Map<String, String> attributes = attributes(attributeText);
				String name = attributes.get("name");
				if (name == null) {
					continue;
				}
				String type = attributes.getOrDefault("type", "text");
				if (input && (type.equals("checkbox") || type.equals("radio")) && !attributeText.contains("checked")) {
					continue;
				}
				String value = switch (tag) {
					case "textarea" -> field.group(4);
					case "select" -> firstOption(field.group(4));
					default -> attributes.getOrDefault("value", "");
				};
				fields.add(Map.entry(name, value.replace("&amp;", "&")));
			}
			return fields;
		}

		private static String firstOption(String options) {
			Matcher selected = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(options);
			if (selected.find()) {
				return selected.group(1);
			}
			Matcher any = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(options);
			return any.find() ? any.group(1) : "";
		}

		private static Map<String, String> attributes(String html) {
			Map<String, String> attributes = new LinkedHashMap<>();
			Matcher attribute = ATTRIBUTE.matcher(html);
			while (attribute.find()) {
				attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), attribute.group(2));
			}
			return attributes;
		}

		HttpResponse<String> get(String path) throws Exception {
			return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields) throws Exception {
			String body = fields.stream()
				.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return this.http.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create(path.startsWith("http") ? path : "http://localhost:" + this.port + path);
		}

	}

}
