package org.assay.framework.governance;

/**
 * An exact threshold such as 1/2 or 2/3 (two thirds has no exact decimal). A part reaches it when
 * {@code part / whole >= numerator / denominator}, computed in integers.
 */
public record Fraction(int numerator, int denominator) {

    /** Largest denominator accepted (thresholds are configured by people, not computed). */
    public static final int MAX_DENOMINATOR = 10_000;

    public Fraction {
        if (denominator < 1 || denominator > MAX_DENOMINATOR) {
            throw new IllegalArgumentException("denominator must be between 1 and " + MAX_DENOMINATOR + ", was " + denominator);
        }
        if (numerator < 1 || numerator > denominator) {
            throw new IllegalArgumentException("numerator must be between 1 and the denominator, was " + numerator + "/" + denominator);
        }
    }

    public static final Fraction HALF = new Fraction(1, 2);
    public static final Fraction TWO_THIRDS = new Fraction(2, 3);

    /** Whether {@code part} out of {@code whole} is at least this fraction; never for an empty whole. */
    public boolean reachedBy(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("part must be between 0 and whole, was " + part + " of " + whole);
        }
        return whole > 0 && part * denominator >= (long) numerator * whole;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
