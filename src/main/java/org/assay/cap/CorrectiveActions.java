package org.assay.cap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentPublished;
import org.assay.assessment.CurrentPublication;
import org.assay.assessment.Finding;
import org.assay.assessment.Severity;
import org.assay.assessment.dispute.FindingWithdrawn;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Corrective action plans: opened at publication for every critical, major and minor finding; worked by the
 * supplier; verified or sent back by the assigned assessment body. Every transition checks the party and the
 * state (see {@link ActionRules}) and leaves an entry in the action's history.
 */
@ApplicationScoped
public class CorrectiveActions {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    DueDatePolicy dueDates;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    /** Opens one action per critical, major and minor finding of the published assessment (same transaction). */
    void onPublished(@Observes AssessmentPublished event) {
        List<Finding> findings = em.createQuery("from Finding f where f.assessmentId = :a and f.severity <> :obs", Finding.class)
                .setParameter("a", event.assessmentId()).setParameter("obs", Severity.OBSERVATION).getResultList();
        for (Finding f : findings) {
            CorrectiveAction a = new CorrectiveAction();
            a.id = UUID.randomUUID();
            a.findingId = f.id;
            a.assessmentId = event.assessmentId();
            a.supplierId = event.supplierId();
            a.severity = f.severity;
            a.status = ActionStatus.OPEN;
            a.dueDate = dueDates.dueDate(f.severity, event.publishedOn());
            a.originalDueDate = a.dueDate;
            a.createdAt = clock.now();
            a.updatedAt = a.createdAt;
            em.persist(a);
            event(a, ActionEventKind.OPENED, "Opened for finding: " + f.title, a.dueDate, List.of());
            announce(org.assay.platform.outbox.EventType.ACTION_OPENED, a, event.assessmentBodyId());
        }
    }

    /**
     * A finding withdrawn after a dispute withdraws its action (same transaction): nothing is left to do, it is never
     * overdue, and a withdrawn critical action no longer keeps the critical-finding cap ({@link ActionStatusSummaries}).
     * A verified action stays verified.
     */
    void onFindingWithdrawn(@Observes FindingWithdrawn event) {
        List<CorrectiveAction> found = em.createQuery("from CorrectiveAction c where c.findingId = :f", CorrectiveAction.class)
                .setParameter("f", event.findingId()).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (CorrectiveAction a : found) {
            if (a.status.isOpen()) {
                a.status = ActionStatus.WITHDRAWN;
                a.proposedDueDate = null;
                a.proposedDueReason = null;
                a.updatedAt = clock.now();
                event(a, ActionEventKind.WITHDRAWN, event.reason(), null, List.of());
            }
        }
    }

    /**
     * The assessment whose body verifies a commitment the supplier makes outside its findings (in response to a
     * grievance): its latest published assessment; empty when it has none.
     */
    public java.util.Optional<Assessment> verifyingAssessment(UUID supplierId) {
        return em.createQuery("from Assessment a where a.supplierId = :s and a.status = :p and a.assessmentBodyId is not null "
                        + "order by " + CurrentPublication.jpqlOrder("a"), Assessment.class)
                .setParameter("s", supplierId).setParameter("p", org.assay.assessment.AssessmentStatus.PUBLISHED)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Opens a corrective action the supplier commits to in response to a grievance (the grievance feature checked who
     * may commit and validated the texts): already planned (IN_PROGRESS, with its description and owner), due when the
     * supplier says, verified like any other by the body of {@code assessment}.
     */
    public CorrectiveAction openForGrievance(Assessment assessment, UUID grievanceId, Severity severity, String description,
                                             String owner, LocalDate dueDate) {
        CorrectiveAction a = new CorrectiveAction();
        a.id = UUID.randomUUID();
        a.grievanceId = grievanceId;
        a.assessmentId = assessment.id;
        a.supplierId = assessment.supplierId;
        a.severity = severity;
        a.status = ActionStatus.IN_PROGRESS;
        a.description = description;
        a.ownerName = owner;
        a.dueDate = dueDate;
        a.originalDueDate = dueDate;
        a.createdAt = clock.now();
        a.updatedAt = a.createdAt;
        em.persist(a);
        event(a, ActionEventKind.OPENED, "Committed by the supplier in response to a grievance", dueDate, List.of());
        event(a, ActionEventKind.PLANNED, description, null, List.of());
        return a;
    }

    /** The actions committed in response to these grievances, oldest first, in one statement. */
    public List<CorrectiveAction> ofGrievances(java.util.Collection<UUID> grievanceIds) {
        if (grievanceIds.isEmpty()) return List.of();
        return em.createQuery("from CorrectiveAction c where c.grievanceId in :g order by c.createdAt, c.id", CorrectiveAction.class)
                .setParameter("g", grievanceIds).getResultList();
    }

    public CorrectiveAction plan(UUID actionId, String description, String owner) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.PLAN);
        Validation v = new Validation();
        if (v.required("input.description", description)) v.maxLength("input.description", description, 5000);
        if (v.required("input.owner", owner)) v.maxLength("input.owner", owner, 200);
        v.throwIfAny();
        a.description = description.strip();
        a.ownerName = owner.strip();
        return move(a, ActionRules.Transition.PLAN, ActionEventKind.PLANNED, a.description, null, List.of());
    }

    public CorrectiveAction progress(UUID actionId, String note, List<UUID> evidence) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.PROGRESS);
        Validation v = new Validation();
        checkEvidence(v, evidence);
        if (v.required("input.note", note)) v.maxLength("input.note", note, 5000);
        v.throwIfAny();
        return move(a, ActionRules.Transition.PROGRESS, ActionEventKind.PROGRESS, note.strip(), null, evidence);
    }

    public CorrectiveAction proposeDueDate(UUID actionId, LocalDate dueDate, String reason) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.PROPOSE_DUE_DATE);
        Validation v = new Validation();
        if (v.required("input.dueDate", dueDate) && !dueDate.isAfter(clock.today())) {
            v.add("input.dueDate", CorrectiveActionErrorCode.IN_THE_PAST, "the proposed due date must be after today");
        }
        if (dueDate != null && dueDate.equals(a.dueDate)) {
            v.add("input.dueDate", CorrectiveActionErrorCode.UNCHANGED, "that is already the due date");
        }
        if (v.required("input.reason", reason)) v.maxLength("input.reason", reason, 2000);
        if (a.proposedDueDate != null) {
            v.add("input.actionId", CorrectiveActionErrorCode.PROPOSAL_PENDING, "a due-date proposal is already waiting for the assessor");
        }
        v.throwIfAny();
        a.proposedDueDate = dueDate;
        a.proposedDueReason = reason.strip();
        return move(a, ActionRules.Transition.PROPOSE_DUE_DATE, ActionEventKind.DUE_DATE_PROPOSED, a.proposedDueReason, dueDate, List.of());
    }

    public CorrectiveAction decideDueDate(UUID actionId, boolean accept, String reason) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.DECIDE_DUE_DATE);
        if (a.proposedDueDate == null) {
            throw new UserInputException("input.actionId", CorrectiveActionErrorCode.NO_PROPOSAL, "no due-date proposal is waiting");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new UserInputException("input.reason", CorrectiveActionErrorCode.REQUIRED, "say why the proposed due date is refused");
        }
        LocalDate proposed = a.proposedDueDate;
        if (accept) {
            a.dueDate = proposed;
        }
        a.proposedDueDate = null;
        a.proposedDueReason = null;
        return move(a, ActionRules.Transition.DECIDE_DUE_DATE, accept ? ActionEventKind.DUE_DATE_ACCEPTED : ActionEventKind.DUE_DATE_REFUSED,
                reason == null ? null : reason.strip(), proposed, List.of());
    }

    public CorrectiveAction submit(UUID actionId, String note, List<UUID> evidence) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.SUBMIT);
        if (a.description == null || a.ownerName == null) {
            throw new UserInputException("input.actionId", CorrectiveActionErrorCode.PLAN_REQUIRED, "describe the action and name its owner before submitting");
        }
        Validation v = new Validation();
        checkEvidence(v, evidence);
        v.throwIfAny();
        a.submittedAt = clock.now();
        CorrectiveAction moved = move(a, ActionRules.Transition.SUBMIT, ActionEventKind.SUBMITTED, note, null, evidence);
        announce(org.assay.platform.outbox.EventType.ACTION_SUBMITTED, a, null);
        return moved;
    }

    public CorrectiveAction verify(UUID actionId, String note) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.VERIFY);
        a.verifiedAt = clock.now();
        a.verifiedBy = caller.subject();
        CorrectiveAction moved = move(a, ActionRules.Transition.VERIFY, ActionEventKind.VERIFIED, note, null, List.of());
        announce(org.assay.platform.outbox.EventType.ACTION_VERIFIED, a, null);
        if (a.severity == Severity.CRITICAL) {
            announceLiftedCap(a);
        }
        return moved;
    }

    public CorrectiveAction sendBack(UUID actionId, String reason) {
        CorrectiveAction a = transition(actionId, ActionRules.Transition.SEND_BACK);
        if (reason == null || reason.isBlank()) {
            throw new UserInputException("input.reason", CorrectiveActionErrorCode.REQUIRED, "say why the action is sent back");
        }
        a.submittedAt = null;
        CorrectiveAction moved = move(a, ActionRules.Transition.SEND_BACK, ActionEventKind.SENT_BACK, reason.strip(), null, List.of());
        announce(org.assay.platform.outbox.EventType.ACTION_RETURNED, a, null);
        return moved;
    }

    /** Actions the caller may see: the supplier's own, its assigned body's, or all (operator). */
    public List<CorrectiveAction> visible(UUID assessmentId, ActionStatus status, Boolean overdue) {
        StringBuilder jpql = new StringBuilder("select c from CorrectiveAction c, Assessment a where a.id = c.assessmentId");
        if (caller.is(Role.SUPPLIER)) jpql.append(" and c.supplierId = :org");
        else if (caller.is(Role.ASSESSOR)) jpql.append(" and a.assessmentBodyId = :org");
        if (assessmentId != null) jpql.append(" and c.assessmentId = :aid");
        if (status != null) jpql.append(" and c.status = :st");
        if (overdue != null) jpql.append(overdue ? " and c.status not in :done and c.dueDate < :today" : " and (c.status in :done or c.dueDate >= :today)");
        jpql.append(" order by c.dueDate, c.id");
        var q = em.createQuery(jpql.toString(), CorrectiveAction.class);
        if (caller.is(Role.SUPPLIER) || caller.is(Role.ASSESSOR)) q.setParameter("org", caller.organisationId());
        if (assessmentId != null) q.setParameter("aid", assessmentId);
        if (status != null) q.setParameter("st", status);
        if (overdue != null) {
            q.setParameter("done", List.of(ActionStatus.VERIFIED, ActionStatus.WITHDRAWN));
            q.setParameter("today", clock.today());
        }
        return q.setMaxResults(500).getResultList();
    }

    public List<CorrectiveActionEvent> history(List<UUID> actionIds) {
        if (actionIds.isEmpty()) return List.of();
        return em.createQuery("from CorrectiveActionEvent e where e.actionId in :ids order by e.occurredAt, e.id", CorrectiveActionEvent.class)
                .setParameter("ids", actionIds).getResultList();
    }

    /**
     * Records an event about the action: the assessment and supplier for everyone who receives it; the action's detail
     * (id, severity, status, due date) is corrective-action detail, full-only (events.EventAudience).
     */
    private void announce(org.assay.platform.outbox.EventType type, CorrectiveAction a, UUID bodyId) {
        UUID body = bodyId != null ? bodyId : em.find(Assessment.class, a.assessmentId).assessmentBodyId;
        outbox.event(type).supplier(a.supplierId).body(body).assessment(a.assessmentId).action(a.id)
                .full("findingId", a.findingId).full("severity", a.severity).full("status", a.status)
                .full("dueDate", a.dueDate).record();
    }

    /**
     * When the last critical action of the supplier's current published assessment is verified, the critical-finding
     * cap is lifted: the current rating becomes the rating without it ({@link ActionStatusSummaries}). If that changes
     * the rating, {@code rating.current_changed} says so.
     */
    private void announceLiftedCap(CorrectiveAction verified) {
        em.flush();
        Assessment current = CurrentPublication.find(em, verified.supplierId);
        if (current == null || !current.id.equals(verified.assessmentId) || current.ratingIfCriticalsClosed == null
                || current.ratingIfCriticalsClosed == current.rating) {
            return;
        }
        long open = em.createQuery("select count(c) from CorrectiveAction c where c.assessmentId = :a and c.severity = :crit and c.status <> :v", Long.class)
                .setParameter("a", current.id).setParameter("crit", Severity.CRITICAL).setParameter("v", ActionStatus.VERIFIED).getSingleResult();
        if (open == 0) {
            outbox.event(org.assay.platform.outbox.EventType.RATING_CURRENT_CHANGED).supplier(current.supplierId).body(current.assessmentBodyId)
                    .assessment(current.id).summary("previousRating", current.rating).summary("currentRating", current.ratingIfCriticalsClosed)
                    .summary("publishedRating", current.rating).record();
        }
    }

    /** Evidence must be documents the supplier uploaded (or that are about it). */
    private void checkEvidence(Validation v, List<UUID> evidence) {
        if (evidence == null) return;
        for (int i = 0; i < evidence.size(); i++) {
            Number n = (Number) em.createNativeQuery("select count(*) from document where id = ?1 and (uploader_organisation_id = ?2 or supplier_id = ?2)")
                    .setParameter(1, evidence.get(i)).setParameter(2, caller.organisationId()).getSingleResult();
            if (n.intValue() == 0) {
                v.add("input.evidenceDocumentIds." + i, CorrectiveActionErrorCode.DOCUMENT_NOT_FOUND, "upload the document first");
            }
        }
    }

    private CorrectiveAction transition(UUID actionId, ActionRules.Transition t) {
        CorrectiveAction a = actionId == null ? null : em.find(CorrectiveAction.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (a == null || !mayAct(a, t)) {
            throw new UserInputException("input.actionId", CorrectiveActionErrorCode.NOT_FOUND, "no corrective action with this id that you may act on");
        }
        if (!ActionRules.allowed(t, a.status)) {
            throw new UserInputException("input.actionId", CorrectiveActionErrorCode.WRONG_STATE, "the action is " + a.status + "; " + t + " is not possible now");
        }
        return a;
    }

    private boolean mayAct(CorrectiveAction a, ActionRules.Transition t) {
        if (ActionRules.bySupplier(t)) {
            return caller.is(Role.SUPPLIER) && a.supplierId.equals(caller.organisationId());
        }
        Assessment assessment = em.find(Assessment.class, a.assessmentId);
        return caller.is(Role.ASSESSOR) && caller.organisationId().equals(assessment.assessmentBodyId);
    }

    private CorrectiveAction move(CorrectiveAction a, ActionRules.Transition t, ActionEventKind kind, String note, LocalDate due, List<UUID> evidence) {
        a.status = ActionRules.next(t, a.status);
        a.updatedAt = clock.now();
        event(a, kind, note, due, evidence);
        return a;
    }

    private void event(CorrectiveAction a, ActionEventKind kind, String note, LocalDate due, List<UUID> evidence) {
        CorrectiveActionEvent e = new CorrectiveActionEvent();
        e.id = UUID.randomUUID();
        e.actionId = a.id;
        e.kind = kind;
        e.note = note;
        e.dueDate = due;
        e.evidenceIds = evidence == null ? new UUID[0] : evidence.toArray(UUID[]::new);
        e.author = caller.subject() == null ? org.assay.platform.Caller.SYSTEM : caller.subject();
        e.authorOrg = caller.organisationIdIfAny().orElse(a.supplierId);
        e.occurredAt = clock.now();
        em.persist(e);
    }

}
