package org.assay.assessment;

import java.math.BigDecimal;

/**
 * The declared range and scale of a numeric answer. A value outside them is refused, never rounded or clamped: what is
 * stored is exactly what was sent. Plain code.
 * <ul>
 *   <li>every number: at most {@value #MAX_SCALE} decimal places and a magnitude below 10^{@value #MAX_INTEGER_DIGITS}
 *   (the {@code numeric} column keeps every digit; intensity and rate metrics stay far below this);</li>
 *   <li>percentages (unit {@code %}): 0 to 100;</li>
 *   <li>other units of the framework (intensities, rates, volumes per tonne): not negative.</li>
 * </ul>
 */
public final class NumberRange {

    public static final int MAX_INTEGER_DIGITS = 12;
    public static final int MAX_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NumberRange() {
    }

    /** Why the number is outside the range of its unit, or null when it is within. */
    public static String problem(BigDecimal number, String unit) {
        BigDecimal n = number.stripTrailingZeros();
        if (n.scale() > MAX_SCALE) {
            return "numbers may have at most " + MAX_SCALE + " decimal places";
        }
        if (n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
            return "numbers must be below 10^" + MAX_INTEGER_DIGITS + " in magnitude";
        }
        if (n.signum() < 0) {
            return "the value must not be negative";
        }
        if ("%".equals(unit) && n.compareTo(HUNDRED) > 0) {
            return "a percentage must be between 0 and 100";
        }
        return null;
    }
}
