/**
 * Cross-cutting web concerns: the embedded database of the local run, demo data and the
 * first administrator, error handling for pages and the API, and the navigation model
 * shared by every page.
 */
@NullMarked
package org.targetboard.web.system;

import org.jspecify.annotations.NullMarked;
