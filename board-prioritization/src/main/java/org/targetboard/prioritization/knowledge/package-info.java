/**
 * The knowledge base: versioned, human-reviewable YAML files (drugs, actionable events,
 * resistance entries, rule parameters, trials, sources) loaded into immutable records,
 * validated on load and identified by version and content hash.
 */
@NullMarked
package org.targetboard.prioritization.knowledge;

import org.jspecify.annotations.NullMarked;
