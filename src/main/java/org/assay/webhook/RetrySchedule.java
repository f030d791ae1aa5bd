package org.assay.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again: the configured delays ({@code assay.webhooks.retry-schedule}, e.g.
 * {@code 5s,5m,30m,2h,5h,10h,10h}: after the first failure 5 s, after the second 5 min, …), each stretched or shrunk
 * by a random factor within ±{@code jitter} so that retries of many deliveries spread out. After the last delay's
 * attempt fails the delivery has failed for good. Plain code.
 */
public record RetrySchedule(List<Duration> delays, double jitter) {

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("a retry schedule has at least one delay");
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1)");
        }
    }

    /** Reads {@code 5s,5m,30m,2h} (units s, m, h, d) or ISO-8601 durations ({@code PT5S}). */
    public static RetrySchedule parse(String text, double jitter) {
        List<Duration> delays = new ArrayList<>();
        for (String part : text.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.startsWith("p")) {
                delays.add(Duration.parse(p.toUpperCase(Locale.ROOT)));
                continue;
            }
            long n = Long.parseLong(p.substring(0, p.length() - 1));
            delays.add(switch (p.charAt(p.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("unknown unit in " + part);
            });
        }
        return new RetrySchedule(delays, jitter);
    }

    /** Attempts in all: the first one and one per delay. */
    public int maxAttempts() {
        return delays.size() + 1;
    }

    /** The time from the first attempt to the last, without jitter. */
    public Duration span() {
        return delays.stream().reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * When to try again after attempt {@code attempt} (1-based) failed at {@code failedAt}; empty when it was the last.
     *
     * @param random a uniform random number in [0, 1)
     */
    public Optional<Instant> nextAttempt(int attempt, Instant failedAt, DoubleSupplier random) {
        if (attempt >= maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = delays.get(attempt - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(failedAt.plusMillis(Math.round(delay.toMillis() * factor)));
    }
}
