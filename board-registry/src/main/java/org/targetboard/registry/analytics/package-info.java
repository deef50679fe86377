/**
 * The registry's analysis data set: one outcome row per advised case in a filter, the
 * actionable events of their rankings and the coded reasons of their follow-ups. Only
 * cases whose registry consent is in force are included.
 */
@NullMarked
package org.targetboard.registry.analytics;

import org.jspecify.annotations.NullMarked;
