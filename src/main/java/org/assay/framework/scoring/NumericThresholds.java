package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.assay.framework.ThresholdDirection;

/**
 * The four scoring thresholds of a NUMBER indicator, strictly ascending: t1 &lt; t2 &lt; t3 &lt; t4.
 * <ul>
 *   <li>{@link ThresholdDirection#HIGHER_IS_BETTER}: value ≥ t4 → 100, ≥ t3 → 75, ≥ t2 → 50, ≥ t1 → 25, else 0.</li>
 *   <li>{@link ThresholdDirection#LOWER_IS_BETTER}: value ≤ t1 → 100, ≤ t2 → 75, ≤ t3 → 50, ≤ t4 → 25, else 0.</li>
 * </ul>
 * Thresholds are inclusive: a value exactly at a threshold earns that threshold's score.
 */
public record NumericThresholds(ThresholdDirection direction, List<BigDecimal> values) {

    /** Number of thresholds every NUMBER indicator has. */
    public static final int COUNT = 4;

    public NumericThresholds {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(values, "values");
        if (values.size() != COUNT) {
            throw new IllegalArgumentException("numeric thresholds need exactly " + COUNT + " values, got " + values.size());
        }
        for (int i = 0; i < COUNT; i++) {
            if (values.get(i) == null) {
                throw new IllegalArgumentException("numeric threshold t" + (i + 1) + " is missing");
            }
            if (i > 0 && values.get(i - 1).compareTo(values.get(i)) >= 0) {
                throw new IllegalArgumentException("numeric thresholds must be strictly ascending, but t" + i + " = "
                        + values.get(i - 1).toPlainString() + " is not below t" + (i + 1) + " = " + values.get(i).toPlainString());
            }
        }
        values = List.copyOf(values);
    }

    /** Convenience factory: {@code of(HIGHER_IS_BETTER, "10", "20", "30", "40")}. */
    public static NumericThresholds of(ThresholdDirection direction, String t1, String t2, String t3, String t4) {
        return new NumericThresholds(direction, List.of(new BigDecimal(t1), new BigDecimal(t2), new BigDecimal(t3), new BigDecimal(t4)));
    }

    /** The 0-100 score (scale 2) of an answered value. */
    public BigDecimal score(BigDecimal value) {
        Objects.requireNonNull(value, "value");
        // Count how many thresholds the value reaches; each one is worth 25 points.
        int reached = 0;
        for (BigDecimal threshold : values) {
            int cmp = value.compareTo(threshold);
            if (direction == ThresholdDirection.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0) {
                reached++;
            }
        }
        return Scores.score(25 * reached);
    }
}
