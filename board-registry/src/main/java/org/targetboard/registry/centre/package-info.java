/**
 * Persistence of centres; {@link org.targetboard.registry.centre.CentreRegistry} is the
 * only public entry point.
 */
@NullMarked
package org.targetboard.registry.centre;

import org.jspecify.annotations.NullMarked;
