/**
 * The case pages and the {@code /api/v1/cases} API: creating and editing drafts, reading
 * cases in the user's scope, and lifecycle actions.
 */
@NullMarked
package org.targetboard.web.boardcase;

import org.jspecify.annotations.NullMarked;
