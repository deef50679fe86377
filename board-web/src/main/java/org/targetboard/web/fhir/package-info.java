/**
 * The FHIR interface: a case's Bundle (API and download), creating a draft from an
 * uploaded Bundle (API and page), the capability statement at {@code /fhir/metadata}, and
 * the bulk NDJSON export of consented cases.
 */
@NullMarked
package org.targetboard.web.fhir;

import org.jspecify.annotations.NullMarked;
