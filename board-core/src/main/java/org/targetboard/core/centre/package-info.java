/**
 * Centres: the national coordinating centres that submit cases, each identified by a
 * short code that also prefixes the pseudonyms of its cases, and the treating hospitals
 * each centre coordinates.
 */
@NullMarked
package org.targetboard.core.centre;

import org.jspecify.annotations.NullMarked;
