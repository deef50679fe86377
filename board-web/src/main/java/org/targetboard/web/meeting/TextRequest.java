package org.targetboard.web.meeting;

import org.jspecify.annotations.Nullable;

/**
 * A comment or the discussion notes.
 *
 * @param text the text
 */
record TextRequest(@Nullable String text) {
}
