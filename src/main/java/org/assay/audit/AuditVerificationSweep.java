package org.assay.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.platform.Clock;
import org.assay.platform.OnceAcrossReplicas;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Verifies the whole audit trail on a schedule ({@code assay.audit.verify-every}, default hourly), on one replica at a
 * time, records the result in {@code audit_verification} and logs it with the chain's head hash (one INFO line per run:
 * shipped with the logs, it is an anchor of the head outside the database). Every replica exports the last result
 * as gauges: {@code assay_audit_trail_intact} (1 intact, 0 broken, absent before the first run) and
 * {@code assay_audit_trail_verified_timestamp_seconds}, which the alert rules in deploy/ watch.
 */
@ApplicationScoped
@Startup
public class AuditVerificationSweep {

    private static final Logger LOG = Logger.getLogger(AuditVerificationSweep.class);

    @Inject
    AuditTrail trail;

    @Inject
    OnceAcrossReplicas once;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private volatile double intact = Double.NaN;
    private volatile double verifiedAt = Double.NaN;

    @PostConstruct
    void gauges() {
        Gauge.builder("assay.audit.trail.intact", () -> intact)
                .description("1 when the last scheduled verification found the audit trail intact, 0 when it found a break")
                .register(registry);
        Gauge.builder("assay.audit.trail.verified.timestamp", () -> verifiedAt).baseUnit("seconds")
                .description("When the audit trail was last verified (epoch seconds)")
                .register(registry);
    }

    /** The scheduled run: verifies unless another replica is verifying right now. */
    @Scheduled(identity = "audit-verification", every = "${assay.audit.verify-every:1h}", delayed = "${assay.audit.verify-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        verifyOnce();
        refresh();
    }

    /** @return the verification, or {@code null} when another replica held the job */
    public AuditTrail.Verification verifyOnce() {
        AuditTrail.Verification v = once.run("audit-verification", () -> {
            AuditTrail.Verification result = trail.verify();
            em.createNativeQuery("insert into audit_verification (id, verified_at, intact, checked_events, first_broken_seq, break_kind, head_hash) "
                            + "values (1, ?1, ?2, ?3, ?4, ?5, ?6) on conflict (id) do update set verified_at = excluded.verified_at, "
                            + "intact = excluded.intact, checked_events = excluded.checked_events, first_broken_seq = excluded.first_broken_seq, "
                            + "break_kind = excluded.break_kind, head_hash = excluded.head_hash")
                    .setParameter(1, clock.now().atOffset(java.time.ZoneOffset.UTC))
                    .setParameter(2, result.intact())
                    .setParameter(3, result.checkedEvents())
                    .setParameter(4, result.firstBreak() == null ? null : result.firstBreak().seq())
                    .setParameter(5, result.firstBreak() == null ? null : result.firstBreak().kind().name())
                    .setParameter(6, result.headHash())
                    .executeUpdate();
            return result;
        });
        if (v != null && v.intact()) {
            LOG.infof("audit trail verified: intact, %d events, headHash %s", v.checkedEvents(), v.headHash());
        } else if (v != null) {
            LOG.errorf("audit trail verification FAILED: %s at event #%d (%s); %d events checked",
                    v.firstBreak().kind(), v.firstBreak().seq(), v.firstBreak().reason(), v.checkedEvents());
        }
        return v;
    }

    /** Every replica: reads the last recorded result for its gauges. */
    @Scheduled(identity = "audit-verification-gauges", every = "${assay.metrics.refresh-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        List<?> rows = em.createNativeQuery("select intact, verified_at from audit_verification where id = 1").getResultList();
        if (!rows.isEmpty()) {
            Object[] r = (Object[]) rows.get(0);
            intact = Boolean.TRUE.equals(r[0]) ? 1 : 0;
            verifiedAt = toInstant(r[1]).getEpochSecond();
        }
    }

    private static Instant toInstant(Object o) {
        if (o instanceof Instant i) return i;
        if (o instanceof OffsetDateTime odt) return odt.toInstant();
        if (o instanceof java.sql.Timestamp ts) return ts.toInstant();
        throw new IllegalStateException("unexpected timestamp type " + o.getClass());
    }
}
