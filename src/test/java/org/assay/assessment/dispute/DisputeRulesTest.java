package org.assay.assessment.dispute;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisputeRulesTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T10:00:00Z");

    @ParameterizedTest(name = "published={0} after={1} disputed={2} → {3}")
    @CsvSource({
            "true,  PT0S,        false, ",
            "true,  P29DT23H59M, false, ",
            "true,  P30D,        false, WINDOW_CLOSED",
            "true,  P45D,        false, WINDOW_CLOSED",
            "true,  P1D,         true,  ALREADY_DISPUTED",
            "true,  P45D,        true,  ALREADY_DISPUTED",
            "false, P1D,         false, NOT_PUBLISHED",
            "false, P1D,         true,  NOT_PUBLISHED",
    })
    void whenAFindingMayBeDisputed(boolean published, Duration after, boolean disputed, DisputeErrorCode expected) {
        assertEquals(Optional.ofNullable(expected),
                DisputeRules.refusalToDispute(published, PUBLISHED, Duration.ofDays(30), PUBLISHED.plus(after), disputed));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"OPEN, ", "UPHELD, ALREADY_DECIDED", "WITHDRAWN, ALREADY_DECIDED", ", NOT_DISPUTED"})
    void whenADisputeMayBeDecided(DisputeStatus status, DisputeErrorCode expected) {
        assertEquals(Optional.ofNullable(expected), DisputeRules.refusalToDecide(status));
    }

    @ParameterizedTest
    @CsvSource({"-PT1S, false", "PT0S, true", "P10D, true", "P30D, false"})
    void windowBounds(Duration after, boolean open) {
        assertEquals(open, DisputeRules.windowOpen(PUBLISHED, Duration.ofDays(30), PUBLISHED.plus(after)));
    }
}
