/**
 * Persistence of meetings, agendas, attendance, discussion notes, comments and the
 * rankings the board saw.
 */
@NullMarked
package org.targetboard.registry.meeting;

import org.jspecify.annotations.NullMarked;
