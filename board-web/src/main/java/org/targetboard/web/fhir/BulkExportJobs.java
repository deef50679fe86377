package org.targetboard.web.fhir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.targetboard.core.access.Viewer;
import org.targetboard.core.boardcase.PublicCaseId;
import org.targetboard.fhir.CaseBundles;
import org.targetboard.registry.analytics.RegistryAnalytics;
import org.targetboard.registry.bulk.BulkExports;
import org.targetboard.web.system.Incidents;

/**
 * Runs FHIR bulk exports in the background: every resource of the exported types of all
 * cases with registry consent in force, one NDJSON file per type, stored when the whole
 * export is done. No request waits for it, so no request timeout can cut it short.
 */
@Component
class BulkExportJobs implements DisposableBean {

	/** The resource types a bulk export writes. */
	static final Set<String> TYPES = Set.of("Patient", "Condition", "Observation", "MedicationStatement", "Procedure",
			"Consent", "CarePlan", "RequestGroup", "MedicationRequest", "ServiceRequest", "ResearchStudy");

	private static final Logger log = LoggerFactory.getLogger(BulkExportJobs.class);

	private final BulkExports exports;

	private final RegistryAnalytics registry;

	private final FhirCases fhirCases;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	BulkExportJobs(BulkExports exports, RegistryAnalytics registry, FhirCases fhirCases) {
		this.exports = exports;
		this.registry = registry;
		this.fhirCases = fhirCases;
	}

	/** Starts an export as the viewer; returns the job to poll. */
	UUID start(Viewer viewer) {
		UUID id = this.exports.start(viewer);
		List<PublicCaseId> cases = this.registry.consentedCases(viewer);
		this.executor.submit(() -> run(id, viewer, cases));
		return id;
	}

	/** The job's state, for the viewer who started it. */
	BulkExports.Job job(Viewer viewer, UUID id) {
		return this.exports.job(viewer, id);
	}

	/** One finished file of the job, compressed. */
	byte[] file(Viewer viewer, UUID id, String type) {
		return this.exports.file(viewer, id, type);
	}

	private void run(UUID id, Viewer viewer, List<PublicCaseId> cases) {
		try {
			Map<String, Output> outputs = new LinkedHashMap<>();
			var parser = CaseBundles.context().newJsonParser().setPrettyPrint(false);
			for (PublicCaseId caseId : cases) {
				Bundle bundle = this.fhirCases.exportBundle(viewer, caseId);
				for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
					Resource resource = entry.getResource();
					if (TYPES.contains(resource.fhirType())) {
						outputs.computeIfAbsent(resource.fhirType(), (type) -> new Output())
							.write(parser.encodeResourceToString(resource));
					}
				}
			}
			List<BulkExports.CompressedFile> files = new ArrayList<>();
			for (Map.Entry<String, Output> output : outputs.entrySet()) {
				files.add(new BulkExports.CompressedFile(output.getKey(), output.getValue().lines,
						output.getValue().finish()));
			}
			this.exports.complete(id, viewer.username(), cases.size(), files);
		}
		catch (RuntimeException | IOException ex) {
			Incidents.log(log, ex);
			this.exports.fail(id, viewer.username());
		}
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

	/** One type's NDJSON, compressed as it is written. */
	private static final class Output {

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		private final Writer writer;

		private int lines;

		Output() {
			try {
				this.writer = new OutputStreamWriter(new GZIPOutputStream(this.bytes), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void write(String line) {
			try {
				this.writer.write(line);
				this.writer.write('\n');
				this.lines++;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		byte[] finish() throws IOException {
			this.writer.close();
			return this.bytes.toByteArray();
		}

	}

}
