package org.targetboard.web.advice;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.targetboard.core.advice.Advice;
import org.targetboard.core.advice.AdviceDraft;
import org.targetboard.core.advice.AdviceSignature;
import org.targetboard.core.meeting.Meeting;
import org.targetboard.core.review.WrittenReview;
import org.targetboard.prioritization.PrioritizationResult.ExcludedOption;
import org.targetboard.registry.boardcase.CaseRecord;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The advice letter: a Thymeleaf XHTML template rendered to PDF/A-3a, tagged for
 * accessibility (PDF/UA), with embedded DejaVu fonts. Free text reaches the PDF only
 * through Thymeleaf's escaping text output, so it cannot inject markup.
 */
@Component
public class AdviceLetter {

	private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	private final ITemplateEngine templates;

	AdviceLetter(ITemplateEngine templates) {
		this.templates = templates;
	}

	/**
	 * What the letter shows.
	 *
	 * @param record the case
	 * @param centreName the submitting centre
	 * @param hospitalName the treating hospital the centre coordinates, if it does not
	 * treat the patient itself
	 * @param meeting the meeting that discussed it, with its date and attendance, if any
	 * @param writtenReview the written review that discussed it instead of a meeting, if
	 * any
	 * @param versionNumber the advice version
	 * @param draft the advice
	 * @param amendmentReason the reason of an amendment
	 * @param excluded options considered and excluded, with reasons
	 * @param removed engine options the panel did not advise
	 * @param documentId the document id
	 * @param issuedAt when it is issued
	 * @param advisedOn the date the board gave it (before the issue when registered
	 * retrospectively)
	 * @param chair the signing chair
	 * @param preview whether this is a preview before signing
	 */
	public record Content(CaseRecord record, String centreName, @Nullable String hospitalName,
			@Nullable Meeting meeting, @Nullable WrittenReview writtenReview, int versionNumber, AdviceDraft draft,
			@Nullable String amendmentReason, List<ExcludedOption> excluded, List<String> removed, String documentId,
			Instant issuedAt, LocalDate advisedOn, String chair, boolean preview) {

		/**
		 * The members recorded as present at the meeting; empty before attendance is
		 * recorded.
		 */
		public List<String> present() {
			return (this.meeting != null) ? this.meeting.members()
				.stream()
				.filter((member) -> Boolean.TRUE.equals(member.attended()))
				.map(Meeting.Member::username)
				.toList() : List.of();
		}

		/** Whether the board gave the advice before it was signed here. */
		public boolean retrospective() {
			return Advice.givenBefore(this.advisedOn, this.issuedAt);
		}

		/**
		 * The advice's content in one canonical text, whose SHA-256 is printed on the
		 * letter: anyone holding the letter can check it against the registry.
		 */
		public String canonical() {
			return AdviceSignature.canonicalContent(this.documentId, this.record.boardCase().pseudonym(),
					this.versionNumber, this.issuedAt, this.advisedOn, this.chair, this.draft, this.amendmentReason);
		}

	}

	/**
	 * A rendered letter.
	 *
	 * @param pdf the file
	 * @param contentSha256 the content hash printed in its footer
	 * @param pdfSha256 the file's hash
	 */
	public record Rendered(byte[] pdf, String contentSha256, String pdfSha256) {
	}

	/**
	 * Renders the letter.
	 */
	public Rendered render(Content content, Locale locale) {
		String contentSha = AdviceSignature.sha256(content.canonical());
		Context context = new Context(locale, Map.of("letter", content, "contentSha256", contentSha));
		String xhtml = this.templates.process("advice/letter", context);
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			builder(xhtml, out).run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] pdf = out.toByteArray();
		return new Rendered(pdf, contentSha, AdviceSignature.sha256(pdf));
	}

	/**
	 * Renders a small document once at start-up in the background: the first PDF of a JVM
	 * loads fonts and PDFBox and takes seconds, the next ones milliseconds.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Async
	public void warmUp() {
		try {
			builder("<html><head><title>warm-up</title></head>"
					+ "<body style=\"font-family: 'DejaVu Sans'\"><p>Target Board</p></body></html>",
					new ByteArrayOutputStream())
				.run();
		}
		catch (IOException | RuntimeException ex) {
			// Only a warm-up: the first real letter will simply be slower.
		}
	}

	/** PDF/A-3a, tagged (PDF/UA), sRGB output intent, embedded DejaVu Sans. */
	private static PdfRendererBuilder builder(String xhtml, java.io.OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
		builder.usePdfUaAccessibility(true);
		builder.useColorProfile(SRGB);
		builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
		builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
		builder.withProducer("Target Board");
		builder.withHtmlContent(xhtml, "/");
		builder.toStream(out);
		return builder;
	}

	private static java.io.InputStream font(String name) {
		return AdviceLetter.class.getResourceAsStream("/fonts/" + name);
	}

}
