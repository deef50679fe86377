/**
 * The clinical case profile that the prioritization engine ranks and the intake form
 * fills: disease status, treatment history and intent, and the actionable-event inputs
 * (molecular lesions, immunophenotype markers, drug-response and BH3 results). One model
 * for the API, the command line and the engine; its JSON form is documented in
 * {@code docs/case-format.schema.json}.
 */
@NullMarked
package org.targetboard.core.profile;

import org.jspecify.annotations.NullMarked;
