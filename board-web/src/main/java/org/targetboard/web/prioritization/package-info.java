/**
 * The prioritization engine in the application: the knowledge base and engine as beans,
 * and the API that ranks a case profile in the same JSON format as the command line.
 */
@NullMarked
package org.targetboard.web.prioritization;

import org.jspecify.annotations.NullMarked;
