package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.accreditation.AccreditationService;
import org.assay.accreditation.EligibilityProblem;
import org.assay.platform.Clock;
import org.assay.platform.UserError;
import org.assay.platform.UserInputException;
import org.assay.supplier.Mineral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Independence (domain §4): only accredited bodies are assigned; never a body with a declared conflict of
 * interest with the supplier, nor the body that performed the supplier's last two consecutive audits
 * (rotation). The operator names a body, or lets the platform pick the eligible body with the fewest open
 * assignments.
 */
@ApplicationScoped
public class Assignment {

    /** How many consecutive audits by one body bar it from the next (rotation). */
    static final int ROTATION_AFTER = 2;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    @Inject
    AssessmentAccess access;

    @Inject
    AssessmentScopes scopes;

    @Inject
    AccreditationService accreditation;

    public Assessment assign(UUID assessmentId, UUID bodyId) {
        Assessment a = access.lockVisible(assessmentId);
        AssessmentAccess.requireStatus(a, AssessmentStatus.REQUESTED, AssessmentStatus.SUBMITTED);
        if (a.assessmentBodyId != null) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.ALREADY_ASSIGNED, "this assessment is already assigned");
        }
        Applicability.Scope scope = scopes.scopeOf(a);
        Set<Mineral> minerals = EnumSet.noneOf(Mineral.class);
        scope.minerals().forEach(m -> minerals.add(Mineral.valueOf(m)));
        String country = scopes.countryOf(a.supplierId, a.siteId);
        LocalDate today = clock.today();
        UUID barred = rotationBarred(a.supplierId);
        UUID chosen;
        if (bodyId != null) {
            List<UserError> errors = new ArrayList<>();
            for (EligibilityProblem p : accreditation.problems(bodyId, a.supplierId, a.method, minerals, country, today)) {
                errors.add(UserError.of("input.assessmentBodyId", AssessmentErrorCode.valueOf(p.code().name()), p.message()));
            }
            if (bodyId.equals(barred)) {
                errors.add(UserError.of("input.assessmentBodyId", AssessmentErrorCode.ROTATION,
                        "this body performed the supplier's last " + ROTATION_AFTER + " consecutive audits; another body must be assigned"));
            }
            if (!errors.isEmpty()) {
                throw new UserInputException(errors);
            }
            chosen = bodyId;
        } else {
            List<UUID> eligible = new ArrayList<>(accreditation.eligibleBodies(a.supplierId, a.method, minerals, country, today));
            eligible.remove(barred);
            if (eligible.isEmpty()) {
                throw new UserInputException("input.assessmentBodyId", AssessmentErrorCode.NO_ELIGIBLE_BODY,
                        "no accredited, conflict-free body outside rotation covers " + a.method + " for " + minerals + " in " + country);
            }
            Map<UUID, Long> load = openLoad(eligible);
            chosen = eligible.stream().min(Comparator.comparing((UUID b) -> load.getOrDefault(b, 0L))).orElseThrow();
        }
        a.assessmentBodyId = chosen;
        a.assignedAt = clock.now();
        if (a.status == AssessmentStatus.REQUESTED) {
            a.status = AssessmentStatus.IN_PROGRESS;
        }
        outbox.event(org.assay.platform.outbox.EventType.ASSESSMENT_ASSIGNED).supplier(a.supplierId).body(chosen).assessment(a.id)
                .summary("method", a.method).summary("status", a.status).record();
        return a;
    }

    /** The body that performed the supplier's last two consecutive published audits (desk review or on-site), if any. */
    UUID rotationBarred(UUID supplierId) {
        List<?> last = em.createNativeQuery("""
                        select assessment_body_id from assessment
                         where supplier_id = ?1 and status in ('PUBLISHED', 'SUPERSEDED') and supersedes_id is null
                           and method in ('DESK_REVIEW', 'ON_SITE_AUDIT')
                         order by published_at desc limit ?2""")
                .setParameter(1, supplierId).setParameter(2, ROTATION_AFTER).getResultList();
        if (last.size() < ROTATION_AFTER || last.stream().distinct().count() != 1) {
            return null;
        }
        return (UUID) last.get(0);
    }

    private Map<UUID, Long> openLoad(List<UUID> bodies) {
        Map<UUID, Long> load = new HashMap<>();
        for (Object[] r : em.createQuery("select a.assessmentBodyId, count(a) from Assessment a where a.assessmentBodyId in :b and a.status in :open group by a.assessmentBodyId", Object[].class)
                .setParameter("b", bodies).setParameter("open", List.of(AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED)).getResultList()) {
            load.put((UUID) r[0], ((Number) r[1]).longValue());
        }
        return load;
    }
}
