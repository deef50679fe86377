package org.targetboard.web.advice;

import java.util.Base64;
import java.util.HexFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An advice letter as a download, for the pages and the API alike: never cached, with the
 * SHA-256 of the bytes in {@code Repr-Digest} (RFC 9530), so the receiver can check the
 * file against the digest printed in the letter's footer and stored at issue.
 */
final class LetterResponses {

	private LetterResponses() {
	}

	static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName, String sha256) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header("Repr-Digest",
					"sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":")
			.body(pdf);
	}

}
