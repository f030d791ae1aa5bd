package org.assay.events;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;
import org.assay.platform.OnceAcrossReplicas;
import org.assay.platform.outbox.EventOutbox;
import org.assay.platform.outbox.EventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events time makes (issue 13): {@code assessment.expiring} ({@value #EXPIRING_DAYS} days before {@code validUntil}),
 * {@code assessment.expired}, {@code action.overdue}; and the retention purge ({@code assay.events.retention}, default
 * 30 days). Runs on a schedule ({@code assay.events.sweep-every}, default every minute) on one replica at a time
 * ({@link OnceAcrossReplicas}). Each fact is announced once: its key (type, resource, the date it is about) goes into
 * {@code outbox_fact} with the event, whose primary key refuses a second one, so a repeated or concurrent sweep never
 * announces a fact twice, also after the event itself is purged. ({@code proposal.closed} by its window comes from
 * {@code framework.governance.GovernanceSweep}, which closes each proposal exactly once.)
 */
@ApplicationScoped
public class EventSweep {

    static final int EXPIRING_DAYS = 60;

    @Inject
    EntityManager em;

    @Inject
    OnceAcrossReplicas once;

    @Inject
    EventOutbox outbox;

    @Inject
    Clock clock;

    @ConfigProperty(name = "assay.events.retention", defaultValue = "30d")
    Duration retention;

    @Scheduled(identity = "event-sweep", every = "${assay.events.sweep-every:1m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** What one sweep did. */
    public record Result(int expiring, int expired, int overdue, int purged) {
    }

    /** @return what this call announced and purged, or null when another replica was sweeping */
    public Result sweep() {
        return once.run("event-sweep", this::sweepNow);
    }

    private Result sweepNow() {
        LocalDate today = clock.today();
        int expiring = 0;
        for (Object[] a : rows("""
                select a.id, a.supplier_id, a.assessment_body_id, a.valid_until, a.rating,
                       'assessment.expiring:' || a.id || ':' || a.valid_until
                  from assessment a
                 where a.status = 'PUBLISHED' and a.valid_until >= ?1 and a.valid_until <= ?2
                   and not exists (select 1 from outbox_fact f where f.fact = 'assessment.expiring:' || a.id || ':' || a.valid_until)""",
                today, today.plusDays(EXPIRING_DAYS))) {
            expiring += outbox.event(EventType.ASSESSMENT_EXPIRING).supplier((UUID) a[1]).body((UUID) a[2]).assessment((UUID) a[0])
                    .summary("validUntil", a[3].toString()).summary("rating", a[4]).recordOnce((String) a[5]) ? 1 : 0;
        }
        int expired = 0;
        for (Object[] a : rows("""
                select a.id, a.supplier_id, a.assessment_body_id, a.valid_until, a.rating,
                       'assessment.expired:' || a.id || ':' || a.valid_until
                  from assessment a
                 where a.status = 'PUBLISHED' and a.valid_until < ?1
                   and not exists (select 1 from outbox_fact f where f.fact = 'assessment.expired:' || a.id || ':' || a.valid_until)""",
                today)) {
            expired += outbox.event(EventType.ASSESSMENT_EXPIRED).supplier((UUID) a[1]).body((UUID) a[2]).assessment((UUID) a[0])
                    .summary("validUntil", a[3].toString()).summary("rating", a[4]).recordOnce((String) a[5]) ? 1 : 0;
        }
        int overdue = 0;
        for (Object[] c : rows("""
                select c.id, c.supplier_id, a.assessment_body_id, c.assessment_id, c.due_date, c.severity, c.status, c.finding_id,
                       'action.overdue:' || c.id || ':' || c.due_date
                  from corrective_action c join assessment a on a.id = c.assessment_id
                 where c.status <> 'VERIFIED' and c.due_date < ?1
                   and not exists (select 1 from outbox_fact f where f.fact = 'action.overdue:' || c.id || ':' || c.due_date)""",
                today)) {
            overdue += outbox.event(EventType.ACTION_OVERDUE).supplier((UUID) c[1]).body((UUID) c[2]).assessment((UUID) c[3]).action((UUID) c[0])
                    .full("findingId", c[7]).full("severity", c[5]).full("status", c[6]).full("dueDate", c[4].toString())
                    .recordOnce((String) c[8]) ? 1 : 0;
        }
        int purged = em.createNativeQuery("delete from outbox_event where occurred_at < ?1")
                .setParameter(1, clock.now().minus(retention)).executeUpdate();
        return new Result(expiring, expired, overdue, purged);
    }

    /**
     * At most this many announcements of each kind per sweep: one sweep is one transaction, and a backlog (after an outage,
     * or an imported history: the benchmark's 100,000 suppliers) of 10,000 rows took longer than the transaction timeout,
     * so the sweep failed every minute and announced nothing. A backlog now drains over consecutive sweeps.
     */
    static final int BATCH = 500;

    int batch = BATCH;

    /** For tests: a smaller batch, so a backlog of a few rows spans several sweeps. */
    void batch(int size) {
        batch = size;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.setMaxResults(batch).getResultList();
    }
}
