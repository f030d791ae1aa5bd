package org.assay.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.OnceAcrossReplicas;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Gives committed events their position: the commit-order cursor of the feed, webhooks and subscriptions.
 *
 * <p>Why not the insertion order: an id or sequence value taken at insert is not commit order (a transaction that took a
 * lower value can commit later, and a reader that stored a cursor past it would skip it). So events are inserted
 * without a position, and this sequencer, on one replica at a time ({@link OnceAcrossReplicas}), numbers in one
 * statement every event committed so far and still unnumbered, above every number given before (the counter row in
 * {@code outbox_sequencer} never goes back). Readers only see numbered events, in number order; an event committed
 * after a run is numbered by the next run, above everything a reader could have seen. It runs every
 * {@code assay.events.sequence-every} (default 1 s, the shortest period the Quarkus scheduler runs), after every commit that recorded events (a nudge, coalesced;
 * {@code assay.events.nudge}), and before every read of the feed (so a client sees its own changes at once).
 */
@ApplicationScoped
public class EventSequencer {

    /** The most events numbered per run; more wait for the next run (at once after a nudge). */
    static final int BATCH = 5000;

    private static final String SEQUENCE = """
            with due as (
                select id, row_number() over (order by occurred_at, id) as n
                  from outbox_event where position is null order by occurred_at, id limit %d),
            base as (
                update outbox_sequencer set last_position = last_position + (select count(*) from due)
                 where exists (select 1 from due)
                returning last_position - (select count(*) from due) as start)
            update outbox_event e set position = base.start + due.n from due, base where e.id = due.id""".formatted(BATCH);

    @Inject
    EntityManager em;

    @Inject
    OnceAcrossReplicas once;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "assay.events.nudge", defaultValue = "true")
    boolean nudges;

    private final AtomicBoolean nudged = new AtomicBoolean();

    @Scheduled(identity = "sequence-events", every = "${assay.events.sequence-every:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sequence();
    }

    /** Numbers the committed events that have no position yet. @return how many, or -1 when another replica was at it */
    public int sequence() {
        Integer numbered = once.run("sequence-events", () -> em.createNativeQuery(SEQUENCE).executeUpdate());
        return numbered == null ? -1 : numbered;
    }

    /** Asks for a run soon, off the committing thread; nudges that arrive while one is pending are one run. */
    void nudge() {
        if (nudges && nudged.compareAndSet(false, true)) {
            vertx.executeBlocking(() -> {
                nudged.set(false);
                return sequence();
            }, false);
        }
    }
}
