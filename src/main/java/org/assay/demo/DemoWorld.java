package org.assay.demo;

import io.quarkus.arc.profile.UnlessBuildProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.audit.AuditTrail;
import org.assay.platform.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The living consortium of dev mode ({@code assay.demo.enabled}, set in the dev profile only; never built into the
 * production artifact): organisations and people, then a story told through the GraphQL API as its people would
 * tell it ({@link DemoStory}), so every rule the API enforces holds for the demo data too.
 *
 * <p>Deterministic: the same steps with the same content every time; time-relative facts (an assessment expiring
 * within 60 days, an expired one, an overdue action) are placed relative to the platform clock at load time, by
 * telling the earlier chapters with the clock set back. Idempotent: organisations and people are looked up before
 * they are admitted; the story runs once, and the audit event {@value #MARKER} records that it did.
 */
@UnlessBuildProfile("prod")
@ApplicationScoped
public class DemoWorld {

    static final String MARKER = "loadDemoWorld";
    private static final Logger LOG = Logger.getLogger(DemoWorld.class);

    @ConfigProperty(name = "assay.demo.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "assay.operator-role", defaultValue = "assay-operator")
    String operatorRole;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    DemoStory story;

    @Inject
    DemoVoices voices;

    /** After the starter framework (the story assesses against it). */
    void onStart(@Observes @Priority(5000) StartupEvent event) {
        if (enabled) {
            load();
        }
    }

    /** Loads what is missing; returns whether the story was told now (false when it already had been). */
    public boolean load() {
        // Admitted before the story begins (a member votes only on windows that close after its admission).
        Map<String, String> ids = new java.util.LinkedHashMap<>();
        at(clock, Duration.ofDays(500), () -> ids.putAll(new DemoParties(operatorRole).ensure()));
        if (told()) {
            LOG.info("Demo world already loaded");
            return false;
        }
        Instant loadedAt = clock.now();
        story.tell(ids, LocalDate.ofInstant(loadedAt, ZoneOffset.UTC));
        QuarkusTransaction.requiringNew().run(() -> audit.append("system", null, null, MARKER, List.of(), audit.digest(loadedAt.toString())));
        LOG.infof("Loaded the demo world (%d organisations, story told as of %s)", ids.size(), loadedAt);
        return true;
    }

    /**
     * The reference and follow-up code of the demo complainant whose grievance is in dialogue (also logged at load), or
     * null when the story was not told by this process: a follow-up code is shown once and only its digest is stored.
     */
    public String[] demoComplainant() {
        DemoVoices.Receipt r = voices.complainant();
        return r == null ? null : new String[]{r.reference(), r.followUpCode()};
    }

    private boolean told() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where operation = :op").setParameter("op", MARKER).getSingleResult()).longValue() > 0);
    }

    /** Moves the platform clock for one chapter of the story; always moved back. */
    static void at(Clock clock, Duration back, Runnable chapter) {
        clock.advance(back.negated());
        try {
            chapter.run();
        } finally {
            clock.advance(back);
        }
    }
}
