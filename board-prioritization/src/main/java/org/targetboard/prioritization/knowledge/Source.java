package org.targetboard.prioritization.knowledge;

/**
 * A literature source or provenance tag that entries cite.
 *
 * @param id e.g. {@code S31}, {@code K}, {@code P}
 * @param citation the reference
 */
public record Source(String id, String citation) {
}
