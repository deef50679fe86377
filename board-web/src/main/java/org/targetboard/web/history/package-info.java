/**
 * The board's history brought in from another registry: a REDCap project or a
 * spreadsheet, mapped to the case format by a mapping file, checked in a dry run and then
 * imported all or nothing (docs/import.md).
 */
@NullMarked
package org.targetboard.web.history;

import org.jspecify.annotations.NullMarked;
