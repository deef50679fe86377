package org.targetboard.core.intake;

/**
 * The rule for every text that enters the board, whatever the way in (form, API, FHIR,
 * import): plain text, without control characters other than tab, line feed and carriage
 * return. A NUL character cannot be stored by PostgreSQL, and escape sequences have no
 * place in clinical text or in a log.
 */
public final class PlainText {

	private PlainText() {
	}

	/** Whether the text holds only characters that may be stored and shown. */
	public static boolean isPlain(CharSequence text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
				return false;
			}
			// A lone surrogate is not a character: it cannot be encoded as UTF-8.
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
					return false;
				}
				i++;
			}
			else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

}
