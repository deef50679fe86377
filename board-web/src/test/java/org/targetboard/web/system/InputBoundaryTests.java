package org.targetboard.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class InputBoundaryTests {

	@Test
	void showsNumbersAsTypedAndRefusesTrailingText() {
		InputBoundary.PlainNumberEditor editor = new InputBoundary.PlainNumberEditor();
		for (String typed : new String[] { "145", "2.5", "0.0001", "3470" }) {
			editor.setAsText(typed);
			assertThat(editor.getAsText()).isEqualTo(typed);
		}
		editor.setAsText(" ");
		assertThat(editor.getValue()).isNull();
		assertThatThrownBy(() -> editor.setAsText("12abc")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesControlCharactersAndImplausibleDatesAsFieldErrors() {
		assertThatThrownBy(() -> new InputBoundary.PlainTextEditor().setAsText("a\u0000b"))
			.isInstanceOf(IllegalArgumentException.class);
		InputBoundary.PlausibleDateEditor dates = new InputBoundary.PlausibleDateEditor();
		dates.setAsText("2026-11-30");
		assertThat(dates.getValue()).isEqualTo(LocalDate.of(2026, 11, 30));
		for (String date : new String[] { "0000-01-01", "+999999999-12-31", "2026-02-30", "30.11.2026" }) {
			assertThatThrownBy(() -> dates.setAsText(date)).as(date).isInstanceOf(IllegalArgumentException.class);
		}
	}

}
