package org.targetboard.prioritization.knowledge;

/**
 * A knowledge base that cannot be used, with the file, the entry and the problem named.
 */
public class KnowledgeBaseException extends RuntimeException {

	public KnowledgeBaseException(String file, String entry, String problem) {
		super(file + ", entry " + entry + ": " + problem);
	}

	public KnowledgeBaseException(String file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
	}

}
