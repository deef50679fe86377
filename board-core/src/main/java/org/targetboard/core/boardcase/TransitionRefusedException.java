package org.targetboard.core.boardcase;

/**
 * Thrown when a lifecycle action is requested for a case in a state it does not apply to.
 * The message names states and actions only, never patient data.
 */
public class TransitionRefusedException extends RuntimeException {

	private final transient Transition.Refused refusal;

	public TransitionRefusedException(Transition.Refused refusal) {
		super(refusal.reason());
		this.refusal = refusal;
	}

	public Transition.Refused refusal() {
		return this.refusal;
	}

}
