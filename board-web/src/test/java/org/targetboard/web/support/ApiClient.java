package org.targetboard.web.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP client for the JSON API, authenticating with HTTP Basic as one account.
 */
public final class ApiClient {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String baseUrl;

	private final @Nullable String authorization;

	private ApiClient(String baseUrl, @Nullable String authorization) {
		this.baseUrl = baseUrl;
		this.authorization = authorization;
	}

	public static ApiClient as(int port, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new ApiClient("http://localhost:" + port, "Basic " + credentials);
	}

	public static ApiClient anonymous(int port) {
		return new ApiClient("http://localhost:" + port, null);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response post(String path, String json, String ifMatch) {
		return send(request(path).header("Content-Type", "application/json")
			.header("If-Match", ifMatch)
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json, @Nullable String ifMatch) {
		HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json));
		if (ifMatch != null) {
			builder.header("If-Match", ifMatch);
		}
		return send(builder);
	}

	/**
	 * Posts a lifecycle transition with the case's current ETag in If-Match, as a client
	 * that has just read the case does.
	 */
	public Response transition(Object caseId, String json) {
		return post("/api/v1/cases/" + caseId + "/transitions", json, get("/api/v1/cases/" + caseId).header("ETag"));
	}

	/**
	 * Posts files as multipart form data, as a browser's or curl's upload sends them.
	 * @param files each part's name and content
	 */
	public Response upload(String path, java.util.Map<String, byte[]> files) {
		String boundary = "----targetboard" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		files.forEach((name, content) -> {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
					+ name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		});
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** A file (a letter, an export) as its bytes, with the API's credentials. */
	public HttpResponse<byte[]> bytes(String path) {
		try {
			return this.http.send(request(path).header("Accept", "*/*").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.header("Accept", "application/json, application/problem+json");
		if (this.authorization != null) {
			builder.header("Authorization", this.authorization);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A response with its body parsed on demand.
	 *
	 * @param raw the HTTP response
	 */
	public record Response(HttpResponse<String> raw) {

		public int status() {
			return this.raw.statusCode();
		}

		public JsonNode json() {
			return JSON.readTree(this.raw.body());
		}

		public String header(String name) {
			return this.raw.headers().firstValue(name).orElse("");
		}

	}

}
