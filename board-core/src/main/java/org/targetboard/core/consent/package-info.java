/**
 * Consent for pseudonymised international discussion and for the registry (product.md
 * step 3; domain.md 7.4): what was consented, by whom and when, its withdrawal, and the
 * gate that keeps a case without valid consent off every agenda.
 */
@NullMarked
package org.targetboard.core.consent;

import org.jspecify.annotations.NullMarked;
