package org.assay.platform;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The platform's notion of "now". Every rule that depends on time (validity, expiry, overdue actions,
 * voting windows) reads this clock, so tests can move time. Moving it is refused unless
 * {@code assay.clock.adjustable=true} (test profile only).
 */
@ApplicationScoped
public class Clock {

    @ConfigProperty(name = "assay.clock.adjustable", defaultValue = "false")
    boolean adjustable;

    private volatile Duration offset = Duration.ZERO;

    public Instant now() {
        return Instant.now().plus(offset).truncatedTo(ChronoUnit.MICROS);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    public void advance(Duration by) {
        if (!adjustable) {
            throw new IllegalStateException("the clock can only be moved when assay.clock.adjustable=true");
        }
        offset = offset.plus(by);
    }

    public void reset() {
        if (adjustable) {
            offset = Duration.ZERO;
        }
    }
}
