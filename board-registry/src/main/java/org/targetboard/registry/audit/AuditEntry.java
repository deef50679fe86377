package org.targetboard.registry.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.audit.AuditAction;

/**
 * One audit event as read back.
 *
 * @param occurredAt when
 * @param actor the username
 * @param action what kind of event
 * @param detail states, actions, scopes or counts; never patient data
 */
public record AuditEntry(Instant occurredAt, String actor, AuditAction action, @Nullable String detail) {
}
