package org.assay.compliance;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoverageRuleTest {

    @ParameterizedTest(name = "mapped {0}, applicable {1}, answered {2}, not applicable {3} -> {4}")
    @CsvSource({
            "0, 0, 0, 0, NOT_COVERED",
            "2, 0, 0, 0, NOT_APPLICABLE",
            "2, 2, 0, 2, NOT_APPLICABLE",
            "2, 2, 0, 0, NOT_COVERED",
            "3, 2, 0, 1, NOT_COVERED",
            "2, 2, 1, 0, PARTIALLY_COVERED",
            "3, 3, 1, 1, PARTIALLY_COVERED",
            "2, 2, 2, 0, COVERED",
            "3, 2, 1, 1, COVERED",
            "3, 1, 1, 0, COVERED",
    })
    void status(int mapped, int applicable, int answered, int notApplicable, CoverageStatus expected) {
        assertEquals(expected, CoverageRule.status(mapped, applicable, answered, notApplicable));
    }
}
