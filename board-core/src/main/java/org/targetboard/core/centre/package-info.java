/**
 * Centres: the national coordinating centres that submit cases, each identified by a
 * short code that also prefixes the pseudonyms of its cases.
 */
@NullMarked
package org.targetboard.core.centre;

import org.jspecify.annotations.NullMarked;
