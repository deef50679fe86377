package org.targetboard.core.intake;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal-residual-disease level as a fraction of cells (1e-4 = 0.01 %), possibly only
 * known to be below the assay's limit (domain.md 4.5).
 *
 * @param fraction the level, 0–1; for a value below the limit, the limit
 * @param belowLimit whether the level was below the stated limit ({@code <0.01%})
 */
public record MrdValue(double fraction, boolean belowLimit) {

	// 0.01%, 0.01 %, <0.01%, 1e-4, 1E-04, 0.0001, < 1e-4, 10^-4, 10-4.
	private static final Pattern NOTATION = Pattern
		.compile("(<)?\\s*(?:(\\d+(?:[.,]\\d+)?(?:[eE][-+]?\\d+)?)\\s*(%)?|10\\s*(?:\\^|\\*\\*)?\\s*(-\\d+))");

	public MrdValue {
		if (Double.isNaN(fraction) || fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("MRD must be a fraction between 0 and 1");
		}
	}

	/**
	 * Reads the notations coordinators write: {@code 0.01%}, {@code <0.01%},
	 * {@code 1e-4}, {@code 10^-4} or a plain fraction such as {@code 0.0001}.
	 * @throws IllegalArgumentException if the text is none of these or lies outside 0–100
	 * %
	 */
	public static MrdValue parse(String text) {
		Matcher matcher = NOTATION.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("not an MRD notation");
		}
		boolean below = matcher.group(1) != null;
		double fraction;
		if (matcher.group(4) != null) {
			fraction = Math.pow(10, Integer.parseInt(matcher.group(4)));
		}
		else {
			double number = Double.parseDouble(matcher.group(2).replace(',', '.'));
			fraction = (matcher.group(3) != null) ? number / 100 : number;
		}
		if (fraction > 1) {
			throw new IllegalArgumentException("MRD above 100 %");
		}
		return new MrdValue(fraction, below);
	}

	/**
	 * The level as a number the rules compare with thresholds: a level below the limit
	 * counts as just under it, so {@code <0.01%} is MRD-negative at 10⁻⁴.
	 */
	public double comparableFraction() {
		return this.belowLimit ? Math.nextDown(this.fraction) : this.fraction;
	}

	/** The canonical notation, in percent: {@code 0.01%} or {@code <0.01%}. */
	@Override
	public String toString() {
		String percent = new BigDecimal(Double.toString(this.fraction * 100)).round(new java.math.MathContext(6))
			.stripTrailingZeros()
			.toPlainString();
		return (this.belowLimit ? "<" : "") + percent.toLowerCase(Locale.ROOT) + "%";
	}

}
