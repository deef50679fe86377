/**
 * Meeting pages: planning, the agenda with its print view, the review and presentation
 * view of each agenda case with the stored ranking, comments, attendance and notes.
 */
@NullMarked
package org.targetboard.web.meeting;

import org.jspecify.annotations.NullMarked;
