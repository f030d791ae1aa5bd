package org.assay.framework.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.assay.framework.ThresholdDirection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumericThresholdsTest {

    private static final NumericThresholds HIGHER =
            NumericThresholds.of(ThresholdDirection.HIGHER_IS_BETTER, "10", "20", "30", "40");
    private static final NumericThresholds LOWER =
            NumericThresholds.of(ThresholdDirection.LOWER_IS_BETTER, "10", "20", "30", "40");

    @ParameterizedTest(name = "higher is better: {0} -> {1}")
    @CsvSource({
            "-5,       0.00",
            "0,        0.00",
            "9.99,     0.00",
            "10,       25.00",
            "10.00,    25.00",
            "10.01,    25.00",
            "19.99,    25.00",
            "20,       50.00",
            "29.999,   50.00",
            "30,       75.00",
            "39.99,    75.00",
            "40,       100.00",
            "40.01,    100.00",
            "1000000,  100.00",
    })
    void higherIsBetter(String value, String expected) {
        assertEquals(new BigDecimal(expected), HIGHER.score(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "lower is better: {0} -> {1}")
    @CsvSource({
            "-5,       100.00",
            "0,        100.00",
            "9.99,     100.00",
            "10,       100.00",
            "10.01,    75.00",
            "19.99,    75.00",
            "20,       75.00",
            "20.01,    50.00",
            "30,       50.00",
            "30.001,   25.00",
            "39.99,    25.00",
            "40,       25.00",
            "40.01,    0.00",
            "1000000,  0.00",
    })
    void lowerIsBetter(String value, String expected) {
        assertEquals(new BigDecimal(expected), LOWER.score(new BigDecimal(value)));
    }

    @Test
    void negativeAndFractionalThresholds() {
        NumericThresholds t = NumericThresholds.of(ThresholdDirection.HIGHER_IS_BETTER, "-1.5", "-0.5", "0.25", "0.75");
        assertEquals(new BigDecimal("25.00"), t.score(new BigDecimal("-1.5")));
        assertEquals(new BigDecimal("75.00"), t.score(new BigDecimal("0.5")));
    }

    @ParameterizedTest(name = "[{0}] is rejected")
    @CsvSource({
            "''",                 // none
            "10;20;30",           // three
            "10;20;30;40;50",     // five
            "10;20;20;30",        // equal neighbours
            "10;10;10;10",
            "40;30;20;10",        // descending
            "10;30;20;40",        // not ascending
            "10;20;30.00;30",     // equal despite scale
    })
    void invalidThresholds(String values) {
        List<BigDecimal> list = values.isEmpty() ? List.of()
                : Arrays.stream(values.split(";")).map(BigDecimal::new).toList();
        assertThrows(IllegalArgumentException.class,
                () -> new NumericThresholds(ThresholdDirection.HIGHER_IS_BETTER, list));
    }

    @Test
    void missingParts() {
        List<BigDecimal> withNull = new ArrayList<>(Arrays.asList(BigDecimal.ONE, null, BigDecimal.TEN, BigDecimal.valueOf(20)));
        assertThrows(IllegalArgumentException.class,
                () -> new NumericThresholds(ThresholdDirection.LOWER_IS_BETTER, withNull));
        assertThrows(NullPointerException.class, () -> new NumericThresholds(null, HIGHER.values()));
        assertThrows(NullPointerException.class, () -> new NumericThresholds(ThresholdDirection.LOWER_IS_BETTER, null));
        assertThrows(NullPointerException.class, () -> HIGHER.score(null));
    }

    @Test
    void valuesAreCopiedAndImmutable() {
        List<BigDecimal> source = new ArrayList<>(List.of(BigDecimal.ONE, BigDecimal.valueOf(2), BigDecimal.valueOf(3), BigDecimal.valueOf(4)));
        NumericThresholds t = new NumericThresholds(ThresholdDirection.HIGHER_IS_BETTER, source);
        source.set(0, BigDecimal.valueOf(100));
        assertEquals(BigDecimal.ONE, t.values().get(0));
        assertThrows(UnsupportedOperationException.class, () -> t.values().set(0, BigDecimal.ZERO));
    }
}
