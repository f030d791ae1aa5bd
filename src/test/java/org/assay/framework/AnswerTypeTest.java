package org.assay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerTypeTest {

    @ParameterizedTest(name = "{0} scored: {1}")
    @CsvSource({"YES_NO, true", "MATURITY, true", "NUMBER, true", "TEXT, false", "DOCUMENT, false"})
    void scored(AnswerType type, boolean scored) {
        assertEquals(scored, type.scored());
    }
}
