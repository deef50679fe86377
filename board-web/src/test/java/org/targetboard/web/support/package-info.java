/**
 * Test support: the shared integration-test configuration, a real HTTP client for the API
 * and a real browser.
 */
@NullMarked
package org.targetboard.web.support;

import org.jspecify.annotations.NullMarked;
