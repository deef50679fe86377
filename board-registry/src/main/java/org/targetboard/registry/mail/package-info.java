/**
 * The mail outbox: mail is written in the transaction of what it announces and delivered
 * by a job, once, even with several application nodes.
 */
@NullMarked
package org.targetboard.registry.mail;

import org.jspecify.annotations.NullMarked;
