package org.targetboard.web.boardcase;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Rows of the case form added ({@code addRow=lesions}) or removed
 * ({@code removeRow=lesions:2}) without a save: the rest of what was typed stays in the
 * form, and the keyboard continues at the new row.
 */
final class CaseFormRows {

	private CaseFormRows() {
	}

	/**
	 * @return whether rows were changed (and nothing should be saved)
	 */
	static boolean change(CaseForm form, @Nullable String addRow, @Nullable String removeRow) {
		if (addRow != null) {
			switch (addRow) {
				case "history" -> form.getHistory().add(new CaseForm.HistoryRow());
				case "lesions" -> form.getLesions().add(new CaseForm.LesionRow());
				case "markers" -> form.getMarkers().add(new CaseForm.MarkerRow());
				case "drugResponses" -> form.getDrugResponses().add(new CaseForm.DrugResponseRow());
				case "earlierRelapses" -> form.getEarlierRelapses().add(new CaseForm.EarlierRelapseRow());
				default -> {
					return false;
				}
			}
			return true;
		}
		if (removeRow != null && removeRow.matches("[a-zA-Z]+:\\d{1,2}")) {
			String[] parts = removeRow.split(":");
			int index = Integer.parseInt(parts[1]);
			List<?> rows = rows(form, parts[0]);
			if (index < rows.size()) {
				rows.remove(index);
			}
			return true;
		}
		return false;
	}

	/**
	 * Where the keyboard continues after a row was added or removed: the new row, or the
	 * button that adds one.
	 */
	static String focusAfter(CaseForm form, @Nullable String addRow, @Nullable String removeRow) {
		String kind = (addRow != null) ? addRow : (removeRow != null) ? removeRow.split(":")[0] : "";
		int added = rows(form, kind).size();
		String rowId = switch (kind) {
			case "lesions" -> "lesion-row-";
			case "markers" -> "marker-row-";
			case "drugResponses" -> "drug-row-";
			default -> kind + "-row-";
		};
		return (addRow != null && added > 0) ? rowId + (added - 1) : "add-" + kind;
	}

	private static List<?> rows(CaseForm form, String kind) {
		return switch (kind) {
			case "history" -> form.getHistory();
			case "lesions" -> form.getLesions();
			case "markers" -> form.getMarkers();
			case "drugResponses" -> form.getDrugResponses();
			case "earlierRelapses" -> form.getEarlierRelapses();
			default -> List.of();
		};
	}

}
