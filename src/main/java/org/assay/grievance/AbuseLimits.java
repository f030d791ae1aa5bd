package org.assay.grievance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Rate limits of the public grievance operations: events per key and clock hour, counted in PostgreSQL
 * ({@code grievance_rate_window}) so that every replica counts against the same limit — as the platform's cost budget
 * does — in a transaction of its own, so that an attempt is counted whatever becomes of the request (a refused filing
 * or a wrong code rolls its own transaction back). One statement per limit takes a slot unless the limit is reached
 * (concurrent requests cannot overdraw); when one limit is exhausted, none is taken.
 */
@ApplicationScoped
public class AbuseLimits {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** One limit: a key (e.g. {@code file:addr:203.0.113.9}) and how many events it allows per hour. */
    public record Limit(String key, int perHour) {
    }

    /** Takes one event from each limit, or none at all: false when any of them is exhausted this hour. */
    public boolean take(Limit... limits) {
        Instant window = clock.now().truncatedTo(ChronoUnit.HOURS);
        try {
            return QuarkusTransaction.requiringNew().call(() -> takeAll(window, limits));
        } catch (Exhausted e) {
            return false;
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (e.getCause() instanceof Exhausted) {
                return false;
            }
            throw e;
        }
    }

    /** Rolls back the slots already taken when a later limit is exhausted. */
    private static final class Exhausted extends RuntimeException {
        Exhausted() {
            super(null, null, false, false);
        }
    }

    private boolean takeAll(Instant window, Limit... limits) {
        {
            for (Limit limit : limits) {
                int taken = limit.perHour() <= 0 ? 0 : em.createNativeQuery("""
                                insert into grievance_rate_window (limit_key, window_start, events) values (?1, ?2, 1)
                                on conflict (limit_key, window_start) do update set events = grievance_rate_window.events + 1
                                  where grievance_rate_window.events < ?3""")
                        .setParameter(1, limit.key()).setParameter(2, window).setParameter(3, limit.perHour()).executeUpdate();
                if (taken == 0) {
                    throw new Exhausted();
                }
            }
            em.createNativeQuery("delete from grievance_rate_window where window_start < ?1")
                    .setParameter(1, window.minus(1, ChronoUnit.HOURS)).executeUpdate();
            return true;
        }
    }
}
