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

import java.util.UUID;

/**
 * Who may see and work on an assessment. An assessor sees only assessments assigned to its body; a supplier
 * only its own; the operator all. Members see results only through sharing (not here). Someone who may not
 * see an assessment is told it does not exist.
 */
@ApplicationScoped
public class AssessmentAccess {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    public boolean canSee(Assessment a) {
        if (caller.is(Role.OPERATOR)) return true;
        if (caller.is(Role.ASSESSOR)) return caller.organisationId().equals(a.assessmentBodyId);
        if (caller.is(Role.SUPPLIER)) return caller.organisationId().equals(a.supplierId);
        return false;
    }

    /** For queries. */
    public Assessment visible(UUID id) {
        Assessment a = em.find(Assessment.class, id);
        if (a == null || !canSee(a)) {
            throw new NotFoundException("Assessment");
        }
        return a;
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
            throw new UserInputException("input.assessmentId", "NOT_FOUND", "no assessment with this id that you may work on");
        }
        return a;
    }

    private void requireSupplierConcerned(Assessment a, String why) {
        if (!caller.is(Role.SUPPLIER) || !caller.organisationId().equals(a.supplierId)) {
            throw new UserInputException("input.assessmentId", "NOT_ALLOWED", why);
        }
    }

    private void requireAssignedAssessor(Assessment a, String why) {
        if (!caller.is(Role.ASSESSOR) || !caller.organisationId().equals(a.assessmentBodyId)) {
            throw new UserInputException("input.assessmentId", "NOT_ALLOWED", why);
        }
    }

    static void requireStatus(Assessment a, AssessmentStatus... allowed) {
        for (AssessmentStatus s : allowed) {
            if (a.status == s) return;
        }
        throw new UserInputException("input.assessmentId", a.status == AssessmentStatus.PUBLISHED || a.status == AssessmentStatus.SUPERSEDED
                ? "ASSESSMENT_PUBLISHED" : "WRONG_STATE",
                "the assessment is " + a.status + "; this needs " + java.util.Arrays.toString(allowed)
                        + (a.status == AssessmentStatus.PUBLISHED ? " (published assessments never change: correct them with a new assessment)" : ""));
    }
}
