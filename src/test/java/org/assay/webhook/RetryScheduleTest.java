package org.assay.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The retry schedule: delays by attempt, jitter within its bounds, at least 24 h in all by default. */
class RetryScheduleTest {

    private static final Instant T = Instant.parse("2026-12-02T00:00:00Z");

    @Test
    void theDefaultScheduleRetriesForMoreThan24Hours() {
        RetrySchedule s = RetrySchedule.parse("5s,5m,30m,2h,5h,10h,10h", 0.2);
        assertEquals(8, s.maxAttempts());
        assertTrue(s.span().compareTo(Duration.ofHours(24)) > 0, s.span().toString());
    }

    @Test
    void eachDelayFollowsItsAttemptAndTheLastAttemptHasNone() {
        RetrySchedule s = RetrySchedule.parse("5s, 5m, PT2H", 0);
        assertEquals(Optional.of(T.plusSeconds(5)), s.nextAttempt(1, T, () -> 0.7));
        assertEquals(Optional.of(T.plus(Duration.ofMinutes(5))), s.nextAttempt(2, T, () -> 0.1));
        assertEquals(Optional.of(T.plus(Duration.ofHours(2))), s.nextAttempt(3, T, () -> 0.5));
        assertEquals(Optional.empty(), s.nextAttempt(4, T, () -> 0.5));
    }

    @Test
    void jitterStaysWithinItsFraction() {
        RetrySchedule s = RetrySchedule.parse("10h", 0.2);
        assertEquals(T.plus(Duration.ofHours(8)), s.nextAttempt(1, T, () -> 0.0).orElseThrow());
        assertEquals(T.plus(Duration.ofHours(10)), s.nextAttempt(1, T, () -> 0.5).orElseThrow());
        assertTrue(s.nextAttempt(1, T, () -> 0.999999).orElseThrow().isBefore(T.plus(Duration.ofHours(12))));
    }
}
