/**
 * Who may see and do what: the roles of product.md, the acting user as a
 * {@link org.targetboard.core.access.Viewer}, and the case visibility rules that every
 * query applies.
 */
@NullMarked
package org.targetboard.core.access;

import org.jspecify.annotations.NullMarked;
