package org.targetboard.core.boardcase;

import static org.targetboard.core.boardcase.CaseStatus.ADVICE_ISSUED;
import static org.targetboard.core.boardcase.CaseStatus.CLOSED;
import static org.targetboard.core.boardcase.CaseStatus.CONSENT_VERIFIED;
import static org.targetboard.core.boardcase.CaseStatus.CONSENT_WITHDRAWN;
import static org.targetboard.core.boardcase.CaseStatus.DISCUSSED;
import static org.targetboard.core.boardcase.CaseStatus.DRAFT;
import static org.targetboard.core.boardcase.CaseStatus.FOLLOW_UP;
import static org.targetboard.core.boardcase.CaseStatus.RETURNED_FOR_CLARIFICATION;
import static org.targetboard.core.boardcase.CaseStatus.SCHEDULED;
import static org.targetboard.core.boardcase.CaseStatus.SUBMITTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The case lifecycle of product.md as a state machine: for each {@link CaseAction}, the
 * states it may start from and the state it leads to. Anything not listed is refused with
 * a reason a coordinator or chair can act on.
 */
public final class CaseLifecycle {

	private record Move(Set<CaseStatus> from, CaseStatus to) {
	}

	private static final Map<CaseAction, Move> MOVES = new EnumMap<>(CaseAction.class);

	static {
		MOVES.put(CaseAction.SUBMIT, new Move(EnumSet.of(DRAFT), SUBMITTED));
		MOVES.put(CaseAction.VERIFY_CONSENT, new Move(EnumSet.of(SUBMITTED), CONSENT_VERIFIED));
		MOVES.put(CaseAction.RETURN_FOR_CLARIFICATION,
				new Move(EnumSet.of(SUBMITTED, CONSENT_VERIFIED), RETURNED_FOR_CLARIFICATION));
		MOVES.put(CaseAction.RESUBMIT, new Move(EnumSet.of(RETURNED_FOR_CLARIFICATION), SUBMITTED));
		// No case reaches an agenda without verified consent (product.md step 3).
		MOVES.put(CaseAction.SCHEDULE, new Move(EnumSet.of(CONSENT_VERIFIED), SCHEDULED));
		MOVES.put(CaseAction.UNSCHEDULE, new Move(EnumSet.of(SCHEDULED), CONSENT_VERIFIED));
		MOVES.put(CaseAction.RECORD_DISCUSSION, new Move(EnumSet.of(SCHEDULED), DISCUSSED));
		MOVES.put(CaseAction.ISSUE_ADVICE, new Move(EnumSet.of(DISCUSSED), ADVICE_ISSUED));
		MOVES.put(CaseAction.START_FOLLOW_UP, new Move(EnumSet.of(ADVICE_ISSUED), FOLLOW_UP));
		MOVES.put(CaseAction.CLOSE, new Move(EnumSet.of(ADVICE_ISSUED, FOLLOW_UP), CLOSED));
		// Withdrawal is possible at any time, even after closure: it must still remove
		// the case from future exports.
		MOVES.put(CaseAction.WITHDRAW_CONSENT,
				new Move(EnumSet.complementOf(EnumSet.of(CONSENT_WITHDRAWN)), CONSENT_WITHDRAWN));
	}

	private CaseLifecycle() {
	}

	/**
	 * Decides whether the action may be applied to a case in the given state.
	 * @return the target state, or the reason for refusal
	 */
	public static Transition decide(CaseStatus current, CaseAction action) {
		Move move = MOVES.get(action);
		if (move.from().contains(current)) {
			return new Transition.Allowed(current, action, move.to());
		}
		return new Transition.Refused(current, action, Set.copyOf(move.from()));
	}

	/**
	 * Applies the action or throws.
	 * @return the state the case moves to
	 * @throws TransitionRefusedException when the action does not apply to the current
	 * state
	 */
	public static CaseStatus apply(CaseStatus current, CaseAction action) {
		return switch (decide(current, action)) {
			case Transition.Allowed allowed -> allowed.to();
			case Transition.Refused refused -> throw new TransitionRefusedException(refused);
		};
	}

	/**
	 * The actions that apply to a case in the given state, for showing the next possible
	 * steps.
	 */
	public static Set<CaseAction> actionsFrom(CaseStatus current) {
		Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		MOVES.forEach((action, move) -> {
			if (move.from().contains(current)) {
				actions.add(action);
			}
		});
		return actions;
	}

}
