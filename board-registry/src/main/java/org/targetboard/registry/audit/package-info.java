/**
 * The append-only audit trail of reads, changes and exports;
 * {@link org.targetboard.registry.audit.AuditLog} is the only public entry point.
 */
@NullMarked
package org.targetboard.registry.audit;

import org.jspecify.annotations.NullMarked;
