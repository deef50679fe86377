package org.targetboard.web.boardcase;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseAction;

/**
 * The JSON body of a lifecycle action.
 *
 * @param action the action, e.g. {@code SUBMIT}
 * @param note the message that comes with it; required when returning a case for
 * clarification
 */
record TransitionRequest(@NotNull(message = "{case.action.required}") @Nullable CaseAction action,
		@Size(max = 4000, message = "{case.note.size}") @Nullable String note) {
}
