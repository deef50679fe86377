/**
 * Follow-up after advice (product.md step 8): the three-monthly schedule and the report
 * of what happened, with its coded reasons and response categories.
 */
@NullMarked
package org.targetboard.core.followup;

import org.jspecify.annotations.NullMarked;
