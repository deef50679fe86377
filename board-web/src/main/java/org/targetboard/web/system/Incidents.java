package org.targetboard.web.system;

import java.util.UUID;

import org.slf4j.Logger;

/**
 * Logs unexpected failures without patient data: exception messages may quote submitted
 * values (a database constraint, a parser), so only exception types and stack frames are
 * written, under an incident id that the user can quote to support.
 */
public final class Incidents {

	private static final int MAX_FRAMES = 12;

	private Incidents() {
	}

	/**
	 * Whether the failure is only a client that went away mid-response (a closed tab, a
	 * load script's timeout): nothing failed here, so it is no incident and is logged at
	 * debug level by the caller.
	 */
	public static boolean clientGone(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			String type = cause.getClass().getName();
			if (type.equals("org.apache.catalina.connector.ClientAbortException")
					|| type.equals("org.springframework.web.context.request.async.AsyncRequestNotUsableException")) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

	public static String log(Logger log, Throwable failure) {
		String incident = UUID.randomUUID().toString().substring(0, 8);
		StringBuilder trace = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			trace.append(cause == failure ? "" : " caused by ").append(cause.getClass().getName());
			StackTraceElement[] frames = cause.getStackTrace();
			for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
				trace.append("\n\tat ").append(frames[i]);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		log.error("Incident {}: {}", incident, trace);
		return incident;
	}

}
