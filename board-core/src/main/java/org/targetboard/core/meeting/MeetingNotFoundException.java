package org.targetboard.core.meeting;

/**
 * There is no such meeting (or case on its agenda) for this user.
 */
public class MeetingNotFoundException extends RuntimeException {

	public MeetingNotFoundException() {
		super("No such meeting");
	}

}
