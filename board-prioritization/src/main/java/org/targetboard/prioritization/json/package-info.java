/**
 * The JSON form of case profiles and results (docs/case-format.schema.json), and the
 * readable text form of results.
 */
@NullMarked
package org.targetboard.prioritization.json;

import org.jspecify.annotations.NullMarked;
