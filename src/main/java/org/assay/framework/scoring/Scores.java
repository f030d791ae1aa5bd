package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Shared numeric conventions of the scoring package: scale 2, {@link RoundingMode#HALF_UP}, 0-100 range. */
final class Scores {

    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    static final BigDecimal ZERO = score(0);
    static final BigDecimal HUNDRED = score(100);

    private Scores() {
    }

    /** An integral score as a scale-2 decimal (e.g. 25 → 25.00). */
    static BigDecimal score(int value) {
        return BigDecimal.valueOf(value).setScale(SCALE, ROUNDING);
    }

    /** Rounds to the package scale (2 decimals, half up). */
    static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /**
     * Validates a weight (strictly positive unless {@code allowZero}, at most 2 significant decimals)
     * and returns it at scale 2. Weights are framework data: silently rounding them would change the
     * agreed criteria, so extra decimals are rejected rather than rounded.
     */
    static BigDecimal weight(BigDecimal weight, String what, boolean allowZero) {
        Objects.requireNonNull(weight, what + " weight");
        int sign = weight.signum();
        if (sign < 0 || (sign == 0 && !allowZero)) {
            throw new IllegalArgumentException(what + " weight must be " + (allowZero ? "zero or positive" : "positive")
                    + ", got " + weight.toPlainString());
        }
        return twoDecimals(weight, what + " weight");
    }

    /** Validates a value in [0, 100] with at most 2 decimals and returns it at scale 2. */
    static BigDecimal percentage(BigDecimal value, String what) {
        Objects.requireNonNull(value, what);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new IllegalArgumentException(what + " must be between 0 and 100, got " + value.toPlainString());
        }
        return twoDecimals(value, what);
    }

    private static BigDecimal twoDecimals(BigDecimal value, String what) {
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(what + " must have at most " + SCALE + " decimals, got " + value.toPlainString());
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
