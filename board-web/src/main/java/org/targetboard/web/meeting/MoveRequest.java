package org.targetboard.web.meeting;

/**
 * A move on the agenda.
 *
 * @param direction -1 one place up, +1 one place down
 */
record MoveRequest(int direction) {
}
