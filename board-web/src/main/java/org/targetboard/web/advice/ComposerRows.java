package org.targetboard.web.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.targetboard.core.advice.AdviceOption;
import org.targetboard.core.advice.AdviceOptionType;

/**
 * The composer's rows changed without a save: an option added by the panel or removed,
 * moved up, down or to the top, moved to "considered and not advised", or advised from
 * there. Without JavaScript each is a submit button; with it, moves happen in place
 * (board.js) and only the save is sent.
 *
 * @param addRow an option of this type is added
 * @param removeRow the option at this index is removed
 * @param moveUp the option at this index moves up one
 * @param moveDown the option at this index moves down one
 * @param moveTop the option at this index moves to the top
 * @param notAdvise the option at this index is considered and not advised
 * @param advise the option considered at this index is advised after the others
 */
record ComposerRows(@Nullable String addRow, @Nullable Integer removeRow, @Nullable Integer moveUp,
		@Nullable Integer moveDown, @Nullable Integer moveTop, @Nullable Integer notAdvise, @Nullable Integer advise) {

	/**
	 * Applies the change to the form.
	 * @param engineOption the engine's option by its id, as ranked
	 * @return whether rows were changed (and nothing should be saved)
	 */
	boolean applyTo(AdviceForm form, Function<String, Optional<AdviceOption>> engineOption) {
		List<AdviceForm.OptionRow> rows = new ArrayList<>(form.getOptions());
		List<AdviceForm.NotAdvisedRow> considered = new ArrayList<>(form.getNotAdvised());
		if (this.addRow != null) {
			AdviceForm.OptionRow row = new AdviceForm.OptionRow();
			row.setType(java.util.Arrays.stream(AdviceOptionType.values())
				.filter((type) -> type.name().equals(this.addRow))
				.findFirst()
				.orElse(AdviceOptionType.OFF_LABEL_TARGETED));
			rows.add(row);
		}
		else if (valid(this.removeRow, rows)) {
			rows.remove((int) this.removeRow);
		}
		else if (valid(this.moveTop, rows)) {
			rows.add(0, rows.remove((int) this.moveTop));
		}
		else if (valid(this.notAdvise, rows)) {
			AdviceForm.OptionRow row = rows.remove((int) this.notAdvise);
			// A panel's own option is simply removed; an engine option stays considered.
			if (row.getEngineOptionId() != null && row.getEngineRank() != null) {
				AdviceForm.NotAdvisedRow not = new AdviceForm.NotAdvisedRow();
				not.setEngineOptionId(row.getEngineOptionId());
				not.setEngineRank(row.getEngineRank());
				not.setLabel(row.getLabel());
				considered.add(not);
				considered.sort(Comparator.comparing(AdviceForm.NotAdvisedRow::getEngineRank,
						Comparator.nullsLast(Comparator.naturalOrder())));
			}
		}
		else if (valid(this.advise, considered)) {
			AdviceForm.NotAdvisedRow row = considered.remove((int) this.advise);
			if (row.getEngineOptionId() != null) {
				engineOption.apply(row.getEngineOptionId()).map(AdviceForm.OptionRow::of).ifPresent(rows::add);
			}
		}
		else if (this.moveUp != null || this.moveDown != null) {
			int from = (this.moveUp != null) ? this.moveUp : this.moveDown;
			int to = from + ((this.moveUp != null) ? -1 : 1);
			if (from >= 0 && from < rows.size() && to >= 0 && to < rows.size()) {
				rows.set(to, form.getOptions().get(from));
				rows.set(from, form.getOptions().get(to));
			}
		}
		else {
			return this.removeRow != null || this.moveTop != null || this.notAdvise != null || this.advise != null;
		}
		form.setOptions(rows);
		form.setNotAdvised(considered);
		return true;
	}

	private static boolean valid(@Nullable Integer index, List<?> rows) {
		return index != null && index >= 0 && index < rows.size();
	}

}
