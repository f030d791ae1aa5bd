package org.assay.assessment.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.assessment.Assessment;
import org.assay.assessment.AssessmentStatus;
import org.assay.assessment.Finding;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.assay.platform.outbox.EventOutbox;
import org.assay.platform.outbox.EventType;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finding disputes: the supplier disputes a finding of its published assessment within the window; the assessment body
 * that performed the assessment upholds or withdraws it, with a reason. A finding the caller may not act on (another
 * supplier's, another body's, unknown) answers NOT_FOUND, the same answer in every case. The published assessment and its
 * findings never change: a withdrawal is recorded here and fires {@link FindingWithdrawn}.
 */
@ApplicationScoped
public class Disputes {

    static final int MAX_TEXT = 4000;
    static final int MAX_EVIDENCE = 20;

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    DisputeConfig config;

    @Inject
    Event<FindingWithdrawn> withdrawn;

    @Inject
    EventOutbox outbox;

    /** The supplier disputes one finding of its published assessment. */
    public FindingDispute dispute(UUID findingId, String reason, List<UUID> evidence) {
        Finding f = findingId == null ? null : em.find(Finding.class, findingId, LockModeType.PESSIMISTIC_WRITE);
        Assessment a = f == null ? null : em.find(Assessment.class, f.assessmentId);
        if (a == null || !caller.is(Role.SUPPLIER) || !a.supplierId.equals(caller.organisationId())) {
            throw notFound();
        }
        Validation v = new Validation();
        text(v, "input.reason", reason);
        List<UUID> docs = evidence == null ? List.of() : List.copyOf(new LinkedHashSet<>(evidence));
        if (docs.size() > MAX_EVIDENCE) {
            v.add("input.evidenceDocumentIds", DisputeErrorCode.INVALID, "at most " + MAX_EVIDENCE + " evidence documents");
        } else {
            checkEvidence(v, docs, a.supplierId);
        }
        boolean disputed = of(List.of(f.id)).containsKey(f.id);
        DisputeRules.refusalToDispute(a.status == AssessmentStatus.PUBLISHED, a.publishedAt, config.window(), clock.now(), disputed)
                .ifPresent(code -> v.add("input.findingId", code, switch (code) {
                    case NOT_PUBLISHED -> "only findings of the published (not superseded) assessment can be disputed";
                    case ALREADY_DISPUTED -> "this finding is already disputed";
                    default -> "the dispute window of " + config.window().toDays() + " days after publication has closed";
                }));
        v.throwIfAny();
        FindingDispute d = new FindingDispute();
        d.id = UUID.randomUUID();
        d.findingId = f.id;
        d.assessmentId = a.id;
        d.supplierId = a.supplierId;
        d.assessmentBodyId = a.assessmentBodyId;
        d.reason = clean(reason);
        d.evidenceIds = docs.toArray(UUID[]::new);
        d.disputedBy = caller.principal();
        d.disputedAt = clock.now();
        d.status = DisputeStatus.OPEN;
        em.persist(d);
        announce(EventType.FINDING_DISPUTED, d, f);
        return d;
    }

    /** The assessment body that performed the assessment decides an open dispute of one of its findings. */
    public FindingDispute decide(UUID findingId, DisputeDecision decision, String reason) {
        Finding f = findingId == null ? null : em.find(Finding.class, findingId);
        Assessment a = f == null ? null : em.find(Assessment.class, f.assessmentId);
        if (a == null || !caller.is(Role.ASSESSOR) || !caller.organisationId().equals(a.assessmentBodyId)) {
            throw notFound();
        }
        FindingDispute d = em.createQuery("from FindingDispute d where d.findingId = :f", FindingDispute.class)
                .setParameter("f", f.id).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        Validation v = new Validation();
        v.required("input.decision", decision);
        text(v, "input.reason", reason);
        DisputeRules.refusalToDecide(d == null ? null : d.status).ifPresent(code -> v.add("input.findingId", code,
                code == DisputeErrorCode.NOT_DISPUTED ? "this finding is not disputed" : "this dispute is already decided"));
        v.throwIfAny();
        d.status = decision.outcome();
        d.decisionReason = clean(reason);
        d.decidedBy = caller.principal();
        d.decidedAt = clock.now();
        if (d.status == DisputeStatus.WITHDRAWN) {
            withdrawn.fire(new FindingWithdrawn(f.id, a.id, a.supplierId, f.severity, d.decisionReason));
        }
        announce(EventType.FINDING_DISPUTE_DECIDED, d, f);
        return d;
    }

    /**
     * A dispute's event: findings are full-level data, so it reaches whoever sees the finding (the supplier, the body that
     * performed the assessment, the operator, holders of a live FULL grant: {@link EventType.Reach#ACTIONS}). Ids and the
     * status only: the reasons are read on {@code Finding.dispute}.
     */
    private void announce(EventType type, FindingDispute d, Finding f) {
        outbox.event(type).supplier(d.supplierId).body(d.assessmentBodyId).assessment(d.assessmentId)
                .summary("findingId", d.findingId).summary("disputeId", d.id).summary("severity", f.severity)
                .summary("status", d.status).record();
    }

    /** The disputes of these findings, by finding id, in one statement. */
    public Map<UUID, FindingDispute> of(Collection<UUID> findingIds) {
        if (findingIds.isEmpty()) return Map.of();
        return em.createQuery("from FindingDispute d where d.findingId in :f", FindingDispute.class)
                .setParameter("f", findingIds).getResultList().stream()
                .collect(Collectors.toMap(d -> d.findingId, Function.identity()));
    }

    /** The finding a dispute is about (for the payload). */
    public Finding finding(FindingDispute d) {
        return em.find(Finding.class, d.findingId);
    }

    private void text(Validation v, String field, String value) {
        String s = clean(value);
        if (s == null) {
            v.add(field, DisputeErrorCode.REASON_REQUIRED, "say why");
        } else if (s.length() > MAX_TEXT) {
            v.add(field, DisputeErrorCode.TOO_LONG, field + " must be at most " + MAX_TEXT + " characters");
        }
    }

    private static String clean(String s) {
        if (s == null) return null;
        String t = s.replace("\r\n", "\n").strip();
        return t.isEmpty() ? null : t;
    }

    /** Evidence must be documents the supplier uploaded or that are about it (the evidence feature's documents). */
    private void checkEvidence(Validation v, List<UUID> docs, UUID supplierId) {
        if (docs.isEmpty()) return;
        @SuppressWarnings("unchecked")
        List<UUID> known = em.createNativeQuery("select id from document where id = any(?1) and (uploader_organisation_id = ?2 or supplier_id = ?2)")
                .setParameter(1, docs.toArray(UUID[]::new)).setParameter(2, supplierId).getResultList();
        for (int i = 0; i < docs.size(); i++) {
            if (!known.contains(docs.get(i))) {
                v.add("input.evidenceDocumentIds." + i, DisputeErrorCode.DOCUMENT_NOT_FOUND, "upload the document first");
            }
        }
    }

    private static UserInputException notFound() {
        return new UserInputException("input.findingId", DisputeErrorCode.NOT_FOUND, "no finding with this id that you may act on");
    }
}
