/**
 * FHIR bulk exports as jobs: started, polled, and served as files once complete, whatever
 * the time a request may take; one audit row per export.
 */
@NullMarked
package org.targetboard.registry.bulk;

import org.jspecify.annotations.NullMarked;
