package org.targetboard.registry.analytics;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.postgresql.PGConnection;

/**
 * Export throughput side by side with PostgreSQL's own {@code COPY (query) TO STDOUT} for
 * the same rows (the data set's own query), in one run. Not a test: run by hand against a
 * running application on a synthetic registry (docs/benchmarks.md).
 *
 * <pre>
 * java -cp "board-web/target/test-classes:board-web/target/classes:$(cat cp.txt)" \
 *   org.targetboard.registry.analytics.ExportThroughput http://localhost:8080 jdbc:postgresql://127.0.0.1:5432/board_bench postgres
 * </pre>
 */
public final class ExportThroughput {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ExportThroughput() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String login = http
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = TOKEN.matcher(login);
		token.find();
		http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=statistician&password=demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.discarding());
		try (Connection connection = DriverManager.getConnection(args[1], args[2], (args.length > 3) ? args[3] : "")) {
			for (Dataset dataset : new Dataset[] { Dataset.CASES, Dataset.FOLLOW_UPS }) {
				String sql = dataset.sql(false)
					.replace(":from", "null")
					.replace(":to", "null")
					.replace(":diagnosis", "null")
					.replace(":centre", "null");
				double bestExport = Double.MAX_VALUE;
				double bestCopy = Double.MAX_VALUE;
				long[] exported = null;
				long[] copied = null;
				for (int run = 0; run < 3; run++) {
					long start = System.nanoTime();
					HttpResponse<InputStream> response = http
						.send(HttpRequest.newBuilder(URI.create(base + "/registry/exports/" + dataset.file() + ".csv"))
							.build(), HttpResponse.BodyHandlers.ofInputStream());
					Counter counter = new Counter();
					try (InputStream in = response.body()) {
						in.transferTo(counter);
					}
					bestExport = Math.min(bestExport, (System.nanoTime() - start) / 1e9);
					exported = new long[] { counter.lines - 1, counter.bytes };
					start = System.nanoTime();
					Counter copy = new Counter();
					connection.unwrap(PGConnection.class)
						.getCopyAPI()
						.copyOut("COPY (" + sql + ") TO STDOUT WITH (FORMAT csv, HEADER)", copy);
					bestCopy = Math.min(bestCopy, (System.nanoTime() - start) / 1e9);
					copied = new long[] { copy.lines - 1, copy.bytes };
				}
				System.out.printf(Locale.ROOT,
						"%s: export %d rows, %.1f MB in %.3f s = %.0f rows/s; COPY %d rows, %.1f MB in %.3f s = %.0f rows/s;"
								+ " export/COPY = %.2f%n",
						dataset.file(), exported[0], exported[1] / 1e6, bestExport, exported[0] / bestExport, copied[0],
						copied[1] / 1e6, bestCopy, copied[0] / bestCopy, bestCopy / bestExport);
			}
		}
	}

	private static final class Counter extends OutputStream {

		long bytes;

		long lines;

		@Override
		public void write(int b) {
			this.bytes++;
			if (b == '\n') {
				this.lines++;
			}
		}

		@Override
		public void write(byte[] buffer, int offset, int length) {
			this.bytes += length;
			for (int i = offset; i < offset + length; i++) {
				if (buffer[i] == '\n') {
					this.lines++;
				}
			}
		}

	}

}
