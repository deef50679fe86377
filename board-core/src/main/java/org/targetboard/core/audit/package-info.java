/**
 * The vocabulary of the audit trail: what kind of access or change an audit event
 * records.
 */
@NullMarked
package org.targetboard.core.audit;

import org.jspecify.annotations.NullMarked;
