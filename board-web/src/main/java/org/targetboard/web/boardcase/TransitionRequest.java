package org.targetboard.web.boardcase;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.boardcase.CaseAction;

/**
 * The JSON body of a lifecycle action.
 *
 * @param action the action, e.g. {@code SUBMIT}
 */
record TransitionRequest(@NotNull(message = "{case.action.required}") @Nullable CaseAction action) {
}
