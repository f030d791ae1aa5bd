package org.assay.cap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.assessment.Severity;
import org.assay.platform.Clock;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Corrective actions overdue right now (past due, not verified), by severity: gauge {@code assay.corrective.actions.overdue}
 * (Prometheus {@code assay_corrective_actions_overdue}). Overdue is derived from today's date, so no write marks it: every
 * replica counts on a schedule ({@code assay.metrics.refresh-every}, default 60 s; one indexed aggregate) and reports the
 * same figure — dashboards take the max across replicas.
 */
@ApplicationScoped
@Startup
public class OverdueActionsGauge {

    public static final String GAUGE = "assay.corrective.actions.overdue";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry registry;

    private final Map<Severity, AtomicLong> overdue = new EnumMap<>(Severity.class);

    @PostConstruct
    void register() {
        for (Severity s : new Severity[]{Severity.CRITICAL, Severity.MAJOR, Severity.MINOR}) {
            AtomicLong value = new AtomicLong();
            overdue.put(s, value);
            Gauge.builder(GAUGE, value, AtomicLong::get).tag("severity", s.name())
                    .description("Corrective actions past their due date and not verified").register(registry);
        }
    }

    @Scheduled(identity = "overdue-actions-gauge", every = "${assay.metrics.refresh-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refresh() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Object[] r : em.createQuery("select c.severity, count(c) from CorrectiveAction c where c.status not in :done "
                        + "and c.dueDate < :today group by c.severity", Object[].class)
                .setParameter("done", java.util.List.of(ActionStatus.VERIFIED, ActionStatus.WITHDRAWN)).setParameter("today", clock.today()).getResultList()) {
            counts.put((Severity) r[0], ((Number) r[1]).longValue());
        }
        overdue.forEach((s, v) -> v.set(counts.getOrDefault(s, 0L)));
    }
}
