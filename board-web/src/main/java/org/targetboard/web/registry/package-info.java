/**
 * The registry dashboard: the study's outcome measures (product.md, "The registry and its
 * analyses") computed from the registry with their definitions, and the survival curves.
 */
@NullMarked
package org.targetboard.web.registry;

import org.jspecify.annotations.NullMarked;
