package org.assay.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.assessment.Assessment;
import org.assay.framework.AssessmentMethod;
import org.assay.assessment.CurrentPublication;
import org.assay.framework.scoring.Rating;
import org.assay.cap.ActionStatus;
import org.assay.cap.ActionStatusSummaries;
import org.assay.grievance.GrievanceStage;
import org.assay.grievance.GrievanceSummaries;
import org.assay.organisation.Organisation;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.UserInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Public disclosure: the supplier chooses to publish its summary — current and published rating, validity, method,
 * corrective actions by state and (if it chooses) grievances by stage — to everyone, without sign-in. Nothing else is
 * ever shown there: no scores by theme, no answers, no findings, no names of buyers. Turning it off hides the page at
 * once (NOT_FOUND, like an unknown address).
 */
@ApplicationScoped
public class Disclosures {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ActionStatusSummaries actions;

    @Inject
    GrievanceSummaries grievances;

    /** What the public page and query show. */
    public record Summary(String slug, String supplierName, String country, Rating currentRating, Rating publishedRating,
                          AssessmentMethod method, LocalDate validFrom, LocalDate validUntil, Instant publishedAt,
                          Map<ActionStatus, Long> actionsByStatus, Map<GrievanceStage, Long> grievancesByStage, Instant asOf) {
    }

    /** The calling supplier's disclosure setting, if it ever made one. */
    public Optional<PublicDisclosure> mine() {
        return Optional.ofNullable(em.find(PublicDisclosure.class, caller.organisationId()));
    }

    /** Turns the calling supplier's public disclosure on or off, under an address name (default: from its name). */
    public PublicDisclosure set(boolean enabled, String slug, Boolean showGrievances) {
        UUID supplier = caller.organisationId();
        PublicDisclosure d = em.find(PublicDisclosure.class, supplier, LockModeType.PESSIMISTIC_WRITE);
        String wanted = slug == null || slug.isBlank()
                ? (d != null ? d.slug : DisclosureRules.slugOf(em.find(Organisation.class, supplier).name)) : slug.strip();
        if (!DisclosureRules.validSlug(wanted)) {
            throw new UserInputException("input.slug", DisclosureErrorCode.INVALID_SLUG,
                    "use 3–80 lower-case letters, digits and single hyphens");
        }
        Number taken = (Number) em.createNativeQuery("select count(*) from public_disclosure where slug = ?1 and supplier_id <> ?2")
                .setParameter(1, wanted).setParameter(2, supplier).getSingleResult();
        if (taken.intValue() > 0) {
            throw new UserInputException("input.slug", DisclosureErrorCode.SLUG_TAKEN, "another supplier publishes under this name; choose another");
        }
        boolean first = d == null;
        if (first) {
            d = new PublicDisclosure();
            d.supplierId = supplier;
            d.showGrievances = true;
        }
        d.slug = wanted;
        d.enabled = enabled;
        if (showGrievances != null) d.showGrievances = showGrievances;
        d.changedBy = caller.principal();
        d.changedAt = clock.now();
        if (first) {
            em.persist(d); // once every column is set: the insert takes the state at persist()
        }
        return d;
    }

    /** The published summary at this address; empty when there is none or the supplier turned it off. */
    @SuppressWarnings("unchecked")
    public Optional<Summary> published(String slug) {
        if (!DisclosureRules.validSlug(slug)) return Optional.empty();
        PublicDisclosure d = em.createQuery("from PublicDisclosure d where d.slug = :s and d.enabled = true", PublicDisclosure.class)
                .setParameter("s", slug).getResultStream().findFirst().orElse(null);
        if (d == null) return Optional.empty();
        Organisation o = em.find(Organisation.class, d.supplierId);
        Assessment latest = CurrentPublication.find(em, d.supplierId);
        Map<ActionStatus, Long> byStatus = new EnumMap<>(ActionStatus.class);
        for (ActionStatus s : ActionStatus.values()) byStatus.put(s, 0L);
        if (latest != null) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("select status, count(*) from corrective_action where assessment_id = ?1 group by status")
                    .setParameter(1, latest.id).getResultList()) {
                byStatus.put(ActionStatus.valueOf((String) r[0]), ((Number) r[1]).longValue());
            }
        }
        ActionStatusSummaries.Summary rating = actions.of(List.of(d.supplierId)).get(d.supplierId);
        Map<GrievanceStage, Long> byStage = null;
        if (d.showGrievances) {
            byStage = new EnumMap<>(GrievanceStage.class);
            for (GrievanceStage s : GrievanceStage.values()) byStage.put(s, 0L);
            byStage.putAll(grievances.byStage(d.supplierId));
        }
        return Optional.of(new Summary(d.slug, o.name, o.country, rating.currentRating(), rating.publishedRating(),
                latest == null ? null : latest.method, latest == null ? null : latest.validFrom, latest == null ? null : latest.validUntil,
                latest == null ? null : latest.publishedAt, byStatus, byStage, clock.now()));
    }
}
