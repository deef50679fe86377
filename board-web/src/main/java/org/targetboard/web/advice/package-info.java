/**
 * Advice pages: the chair's composer starting from the engine's options, signing, the
 * advice letter (PDF/A) and its audited download, amendments.
 */
@NullMarked
package org.targetboard.web.advice;

import org.jspecify.annotations.NullMarked;
