/**
 * Authentication and authorisation: form login for the browser, HTTP Basic for the API,
 * accounts from the registry, lockout after repeated failed logins.
 */
@NullMarked
package org.targetboard.web.security;

import org.jspecify.annotations.NullMarked;
