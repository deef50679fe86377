/**
 * Case intake: the complete case a national coordinating centre enters
 * ({@link org.targetboard.core.intake.CaseIntake}), the rules a draft and a submission
 * must satisfy ({@link org.targetboard.core.intake.IntakeCheck}), the notations the
 * centre may type (MRD, fusions) and the screen of free text for things that look like
 * identifiers. Plain Java: the same rules serve the browser form and the API.
 */
@NullMarked
package org.targetboard.core.intake;

import org.jspecify.annotations.NullMarked;
