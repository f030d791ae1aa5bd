package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.framework.AssessmentMethod;
import org.assay.platform.Caller;
import org.assay.platform.NotFoundException;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may see and work on an assessment. An assessor sees only assessments assigned to its body; a supplier
 * only its own; the operator all. A member firm works on no assessment; it reads results through sharing, and where
 * it names an assessment ({@code assessment(id:)}, {@code node(id:)}, {@code PortfolioSupplier.latestAssessment}) it sees
 * exactly the assessment sharing shows it: the supplier's newest published one, while the supplier shares with it today
 * ({@link #visibleAll}, one rule for all three). Someone who may not see an assessment is told it does not exist.
 */
@ApplicationScoped
public class AssessmentAccess {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    MemberSharing sharing;

    public boolean canSee(Assessment a) {
        if (caller.is(Role.OPERATOR)) return true;
        if (caller.is(Role.ASSESSOR)) return caller.organisationId().equals(a.assessmentBodyId);
        if (caller.is(Role.SUPPLIER)) return caller.organisationId().equals(a.supplierId);
        return false;
    }

    /**
     * For {@code assessment(id:)}: the rule of {@link #visibleAll} (and so of {@code node(id:)}) for one id — the parties'
     * rule of {@link #canSee}, for a member the assessment sharing shows it; NOT_FOUND, as for an unknown id, otherwise.
     */
    public Assessment readable(UUID id) {
        Assessment a = visibleAll(List.of(id)).get(id);
        if (a == null) {
            throw new NotFoundException("Assessment");
        }
        return a;
    }

    /**
     * Records a member's read of these assessments by id ({@code assessment(id:)}, {@code node(id:)}, {@code nodes(ids:)}:
     * the top-level entry points only; a nested reference such as {@code ResultSummary.assessment} or
     * {@code PortfolioSupplier.latestAssessment} is recorded by the operation it is part of): every read of shared results
     * is recorded, here one SUMMARY access record per assessment returned, in one statement. The parties' reads (the
     * operator, the assigned body, the supplier) are not recorded.
     */
    public void recordReads(Collection<Assessment> read) {
        if (read.isEmpty() || !caller.is(Role.MEMBER)) {
            return;
        }
        sharing.recordSummaryReads(caller.organisationId(), caller.subject(), read);
    }

    /** For queries of the parties (the operator, the assigned body, the supplier): {@link #canSee}, else NOT_FOUND. */
    public Assessment visible(UUID id) {
        Assessment a = em.find(Assessment.class, id);
        if (a == null || !canSee(a)) {
            throw new NotFoundException("Assessment");
        }
        return a;
    }

    /**
     * Of {@code ids}, the assessments the caller may read, by id (unknown and invisible ones left out): the parties'
     * rule of {@link #canSee}, and for a member the assessment sharing shows it (its supplier's newest published one,
     * under a live grant). One statement, three for a member, whatever the number of ids.
     */
    public Map<UUID, Assessment> visibleAll(Collection<UUID> ids) {
        Set<UUID> wanted = new HashSet<>(ids);
        wanted.remove(null);
        Map<UUID, Assessment> visible = new HashMap<>();
        // the operator sees every assessment, also the bootstrap operator whose role comes from the IdP alone (no
        // organisation), as assessment(id:) lets it; every other role is decided by the caller's organisation
        if (wanted.isEmpty() || (!caller.is(Role.OPERATOR) && caller.organisationIdIfAny().isEmpty())) {
            return visible;
        }
        List<Assessment> found = em.createQuery("from Assessment a where a.id in :ids", Assessment.class).setParameter("ids", wanted).getResultList();
        if (!caller.is(Role.MEMBER)) {
            found.stream().filter(this::canSee).forEach(a -> visible.put(a.id, a));
            return visible;
        }
        List<Assessment> published = found.stream().filter(a -> a.status == AssessmentStatus.PUBLISHED).toList();
        if (published.isEmpty()) {
            return visible;
        }
        Set<UUID> sharing = this.sharing.suppliersSharingWith(caller.organisationId(), published.stream().map(a -> a.supplierId).distinct().toList());
        if (sharing.isEmpty()) {
            return visible;
        }
        @SuppressWarnings("unchecked")
        Set<UUID> current = new HashSet<>(em.createNativeQuery("select distinct on (a.supplier_id) a.id from assessment a "
                        + "where a.supplier_id = any(?1) and a.status = 'PUBLISHED' order by a.supplier_id, " + CurrentPublication.sqlOrder("a"))
                .setParameter(1, sharing.toArray(UUID[]::new)).getResultList());
        for (Assessment a : published) {
            if (sharing.contains(a.supplierId) && current.contains(a.id)) {
                visible.put(a.id, a);
            }
        }
        return visible;
    }

    public Assessment forAnswering(UUID id) {
        Assessment a = lockVisible(id);
        if (a.method == AssessmentMethod.SELF_ASSESSMENT) {
            requireSupplierConcerned(a, "self-assessments are answered by the supplier itself");
            requireStatus(a, AssessmentStatus.REQUESTED, AssessmentStatus.IN_PROGRESS);
        } else {
            requireAssignedAssessor(a, "only the assigned assessment body answers a " + a.method);
            requireStatus(a, AssessmentStatus.IN_PROGRESS);
        }
        return a;
    }

    public Assessment forAssessorWork(UUID id) {
        Assessment a = lockVisible(id);
        requireAssignedAssessor(a, "only the assigned assessment body raises findings");
        requireStatus(a, AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED);
        return a;
    }

    public Assessment forSubmitting(UUID id) {
        Assessment a = lockVisible(id);
        if (a.method == AssessmentMethod.SELF_ASSESSMENT) {
            requireSupplierConcerned(a, "self-assessments are submitted by the supplier itself");
            requireStatus(a, AssessmentStatus.REQUESTED, AssessmentStatus.IN_PROGRESS);
        } else {
            requireAssignedAssessor(a, "only the assigned assessment body submits a " + a.method);
            requireStatus(a, AssessmentStatus.IN_PROGRESS);
        }
        return a;
    }

    public Assessment forPublishing(UUID id) {
        Assessment a = lockVisible(id);
        requireAssignedAssessor(a, "only the assigned assessment body publishes");
        requireStatus(a, AssessmentStatus.SUBMITTED);
        return a;
    }

    /** Locks the row for the rest of the transaction so concurrent transitions serialise. */
    public Assessment lockVisible(UUID id) {
        Assessment a = id == null ? null : em.find(Assessment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !canSee(a)) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.NOT_FOUND, "no assessment with this id that you may work on");
        }
        return a;
    }

    private void requireSupplierConcerned(Assessment a, String why) {
        if (!caller.is(Role.SUPPLIER) || !caller.organisationId().equals(a.supplierId)) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.NOT_ALLOWED, why);
        }
    }

    private void requireAssignedAssessor(Assessment a, String why) {
        if (!caller.is(Role.ASSESSOR) || !caller.organisationId().equals(a.assessmentBodyId)) {
            throw new UserInputException("input.assessmentId", AssessmentErrorCode.NOT_ALLOWED, why);
        }
    }

    static void requireStatus(Assessment a, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (a.status == s) return;
        }
        throw new UserInputException("input.assessmentId", a.status == AssessmentStatus.PUBLISHED || a.status == AssessmentStatus.SUPERSEDED
                ? AssessmentErrorCode.ASSESSMENT_PUBLISHED : AssessmentErrorCode.WRONG_STATE,
                "the assessment is " + a.status + "; this needs " + java.util.Arrays.toString(allowed)
                        + (a.status == AssessmentStatus.PUBLISHED ? " (published assessments never change: correct them with a new assessment)" : ""));
    }
}
