package org.assay.platform;

import java.math.BigDecimal;

/**
 * The one rule for what any client-sent string or number may contain, applied at the edge (the GraphQL envelope and
 * document literals, query parameters and form fields of the plain HTTP endpoints) so that nothing below — the engine,
 * services, PostgreSQL — ever sees such input. Plain code.
 * <ul>
 *   <li>strings: no NUL character (PostgreSQL cannot store it) and no unpaired UTF-16 surrogate (not a character at
 *   all; JSON's {@code \ud800} escape can produce one);</li>
 *   <li>numbers: at most {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS} after the decimal point once any
 *   exponent is applied, so {@code 1e400} or {@code 1e999999999} are refused instead of becoming infinity, zero or
 *   hundreds of digits. Fields declare narrower ranges of their own (e.g. numeric answers).</li>
 * </ul>
 */
public final class InputHygiene {

    public static final int MAX_DIGITS = 15;

    private InputHygiene() {
    }

    /** Why the string may not be accepted, or null when it is clean. */
    public static String stringProblem(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                return "text must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "text must not contain an unpaired UTF-16 surrogate";
            }
            if (Character.isLowSurrogate(c)) {
                return "text must not contain an unpaired UTF-16 surrogate";
            }
        }
        return null;
    }

    /** Why the number may not be accepted, or null when it is within the edge's bound. */
    public static String numberProblem(BigDecimal n) {
        if (n.signum() == 0) {
            return null;
        }
        // precision - scale = digits before the point; scale = digits after it (both without materialising the number).
        long before = (long) n.precision() - n.scale();
        long after = n.stripTrailingZeros().scale();
        if (before > MAX_DIGITS || after > MAX_DIGITS) {
            return "numbers may have at most " + MAX_DIGITS + " digits before and " + MAX_DIGITS + " after the decimal point";
        }
        return null;
    }
}
