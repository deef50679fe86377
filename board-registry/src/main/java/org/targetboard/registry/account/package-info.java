/**
 * Persistence of user accounts and their login state (failed attempts, lockout);
 * {@link org.targetboard.registry.account.AccountRegistry} is the only public entry
 * point.
 */
@NullMarked
package org.targetboard.registry.account;

import org.jspecify.annotations.NullMarked;
