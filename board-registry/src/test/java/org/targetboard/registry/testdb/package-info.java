/**
 * Test support shared through the registry's test-jar: one real PostgreSQL per test JVM.
 */
@NullMarked
package org.targetboard.registry.testdb;

import org.jspecify.annotations.NullMarked;
