package org.assay.grievance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The handling of grievances by the operator's grievance handlers (triage, severity, links, stages, messages to either
 * side) and the supplier's responses. Every step is dated ({@code grievance_step}) and audited by the guard. A grievance
 * the caller may not see ({@link GrievanceAccess}) answers exactly like an unknown id.
 */
@ApplicationScoped
public class GrievanceHandling {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    GrievanceAccess access;

    @Inject
    Grievances grievances;

    @Inject
    GrievanceProtection protection;

    @Inject
    GrievanceEvents events;

    /** A triage decision. */
    public record Triage(TriageOutcome outcome, GrievanceSeverity severity, String reason, OtherMechanism referredTo,
                         String referralReference) {
    }

    /** The grievance if the caller may see it, locked for the change; NOT_FOUND user error on {@code field} otherwise. */
    public Grievance visible(UUID id, String field) {
        Grievance g = id == null ? null : em.find(Grievance.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (!access.mayRead(g)) {
            throw new UserInputException(field, GrievanceErrorCode.NOT_FOUND, "no grievance with this id that you may see");
        }
        return g;
    }

    private Grievance handled(UUID id, String field) {
        if (!access.isHandler()) {
            throw new UserInputException(field, GrievanceErrorCode.NOT_FOUND, "no grievance with this id that you may see");
        }
        return visible(id, field);
    }

    public Grievance triage(UUID id, Triage t) {
        Grievance g = handled(id, "input.grievanceId");
        Validation v = new Validation();
        if (!StageRules.mayTriage(g.stage)) {
            v.add("input.grievanceId", GrievanceErrorCode.WRONG_STAGE, "only a received grievance is triaged (this one is " + g.stage + ")");
        }
        if (t.outcome() == null) {
            v.add("input.outcome", GrievanceErrorCode.REQUIRED, "the triage outcome is required");
        }
        String reason = Grievances.text(v, "input.reason", t.reason(), 2000, false);
        String referral = Grievances.text(v, "input.referralReference", t.referralReference(), 200, false);
        if (t.outcome() == TriageOutcome.NOT_ADMISSIBLE && reason == null) {
            v.add("input.reason", GrievanceErrorCode.REASON_REQUIRED, "say why the grievance is not admissible");
        }
        if (t.outcome() == TriageOutcome.REFERRED && (t.referredTo() == null || referral == null)) {
            v.add("input.referredTo", GrievanceErrorCode.REFERRAL_INCOMPLETE, "a referral needs the other mechanism and its reference there");
        }
        if (t.outcome() != TriageOutcome.REFERRED && t.referredTo() != null) {
            v.add("input.referredTo", GrievanceErrorCode.INVALID, "only a referral names another mechanism");
        }
        checkSeverity(v, g, t.severity());
        v.throwIfAny();
        GrievanceStage from = g.stage;
        g.triageOutcome = t.outcome();
        if (t.severity() != null) {
            g.severity = t.severity();
        }
        if (t.outcome() == TriageOutcome.REFERRED) {
            g.referredTo = t.referredTo();
            g.referralReference = referral;
        }
        g.stage = t.outcome() == TriageOutcome.ADMISSIBLE ? GrievanceStage.TRIAGED : GrievanceStage.CLOSED;
        if (g.stage == GrievanceStage.CLOSED) {
            g.outcome = t.outcome() == TriageOutcome.REFERRED
                    ? "Referred to " + t.referredTo() + " (" + referral + ")" + (reason == null ? "" : ": " + reason) : reason;
        }
        g.updatedAt = clock.now();
        grievances.step(g, "TRIAGED:" + t.outcome(), reason, caller.subject());
        if (g.stage == GrievanceStage.CLOSED) {
            grievances.step(g, GrievanceStage.CLOSED.name(), g.outcome, caller.subject());
        }
        events.stageChanged(g, from);
        return g;
    }

    public Grievance move(UUID id, GrievanceStage to, String note, String publicSummary) {
        Grievance g = handled(id, "input.grievanceId");
        Validation v = new Validation();
        if (to == null) {
            v.add("input.stage", GrievanceErrorCode.REQUIRED, "the stage is required");
        } else if (!StageRules.next(g.stage).contains(to)) {
            v.add("input.stage", GrievanceErrorCode.WRONG_STAGE, "a grievance " + g.stage + " cannot move to " + to
                    + (g.stage == GrievanceStage.RECEIVED ? " before triage" : ""));
        }
        String text = Grievances.text(v, "input.note", note, 2000, false);
        String summary = Grievances.text(v, "input.publicSummary", publicSummary, 2000, false);
        if (to != null && StageRules.needsReason(to) && text == null) {
            v.add("input.note", GrievanceErrorCode.REASON_REQUIRED, to == GrievanceStage.RESOLVED
                    ? "a resolution needs the agreed outcome" : "a closure needs its reason");
        }
        if (summary != null && (to == null || !to.finished())) {
            v.add("input.publicSummary", GrievanceErrorCode.INVALID, "a public summary is written when the case is resolved or closed");
        }
        v.throwIfAny();
        GrievanceStage from = g.stage;
        g.stage = to;
        if (to.finished()) {
            g.outcome = text;
            g.publicSummary = summary;
        }
        g.updatedAt = clock.now();
        grievances.step(g, to.name(), text, caller.subject());
        events.stageChanged(g, from);
        return g;
    }

    public Grievance setSeverity(UUID id, GrievanceSeverity severity) {
        Grievance g = handled(id, "input.grievanceId");
        Validation v = new Validation();
        if (severity == null) {
            v.add("input.severity", GrievanceErrorCode.REQUIRED, "the severity is required");
        }
        checkSeverity(v, g, severity);
        v.throwIfAny();
        g.severity = severity;
        g.updatedAt = clock.now();
        grievances.step(g, "SEVERITY:" + severity, null, caller.subject());
        return g;
    }

    private static void checkSeverity(Validation v, Grievance g, GrievanceSeverity severity) {
        if (severity != null && g.category == GrievanceCategory.RETALIATION && severity != GrievanceSeverity.CRITICAL) {
            v.add("input.severity", GrievanceErrorCode.RETALIATION_IS_CRITICAL, "a retaliation report always has the highest severity");
        }
    }

    /** Links the grievance to a site of its supplier, indicators (by code) and findings of the supplier's assessments. */
    @SuppressWarnings("unchecked")
    public Grievance link(UUID id, UUID siteId, List<String> indicatorCodes, List<UUID> findingIds) {
        Grievance g = handled(id, "input.grievanceId");
        Validation v = new Validation();
        if (siteId != null && ((Number) em.createNativeQuery("select count(*) from supplier_site where id = ?1 and supplier_id = ?2")
                .setParameter(1, siteId).setParameter(2, g.supplierId).getSingleResult()).longValue() == 0) {
            v.add("input.siteId", GrievanceErrorCode.UNKNOWN_LINK, "the site does not belong to the supplier");
        }
        Set<String> codes = new LinkedHashSet<>(indicatorCodes == null ? List.of() : indicatorCodes);
        if (!codes.isEmpty()) {
            Set<String> known = new java.util.HashSet<>(em.createNativeQuery("select distinct code from indicator where code in (:c)")
                    .setParameter("c", codes).getResultList());
            int i = 0;
            for (String c : codes) {
                if (!known.contains(c)) {
                    v.add("input.indicatorCodes." + i, GrievanceErrorCode.UNKNOWN_LINK, "no indicator " + c);
                }
                i++;
            }
        }
        Set<UUID> findings = new LinkedHashSet<>(findingIds == null ? List.of() : findingIds);
        if (!findings.isEmpty()) {
            Set<UUID> ofSupplier = new java.util.HashSet<>(em.createNativeQuery(
                            "select f.id from finding f join assessment a on a.id = f.assessment_id where f.id in (:f) and a.supplier_id = :s")
                    .setParameter("f", findings).setParameter("s", g.supplierId).getResultList());
            int i = 0;
            for (UUID f : findings) {
                if (!ofSupplier.contains(f)) {
                    v.add("input.findingIds." + i, GrievanceErrorCode.UNKNOWN_LINK, "no finding of this supplier has this id");
                }
                i++;
            }
        }
        v.throwIfAny();
        if (siteId != null) {
            g.siteId = siteId;
        }
        g.linkedIndicators = new ArrayList<>(codes);
        g.linkedFindings = new ArrayList<>(findings);
        g.updatedAt = clock.now();
        grievances.step(g, "LINKED", null, caller.subject());
        return g;
    }

    /** A handler's message to the complainant or to the supplier. */
    public Grievance message(UUID id, MessageChannel channel, String body) {
        Grievance g = handled(id, "input.grievanceId");
        Validation v = new Validation();
        if (channel == null) {
            v.add("input.to", GrievanceErrorCode.REQUIRED, "say whom the message is for");
        }
        String text = Grievances.text(v, "input.body", body, Grievances.MAX_TEXT, true);
        v.throwIfAny();
        grievances.message(g, channel, MessageAuthor.HANDLER, text, caller.subject());
        if (channel == MessageChannel.SUPPLIER) {
            events.messageToSupplier(g);
        }
        return g;
    }

    /** The supplier's response to the handlers, on its own channel. */
    public Grievance respond(UUID id, String body) {
        Grievance g = visible(id, "input.grievanceId");
        if (!access.isSupplierOf(g.supplierId)) {
            throw new UserInputException("input.grievanceId", GrievanceErrorCode.NOT_FOUND, "no grievance with this id that you may see");
        }
        Validation v = new Validation();
        String text = Grievances.text(v, "input.body", body, Grievances.MAX_TEXT, true);
        v.throwIfAny();
        grievances.message(g, MessageChannel.SUPPLIER, MessageAuthor.SUPPLIER, text, caller.subject());
        events.supplierResponded(g);
        return g;
    }

    // ---- reading ----

    /** Grievances the caller may see, newest first: all for handlers, its own for a supplier. */
    public List<Grievance> list(GrievanceStage stage, PageRequest page) {
        UUID scope = access.listScope();
        StringBuilder jpql = new StringBuilder("from Grievance g where 1 = 1");
        if (scope != null) jpql.append(" and g.supplierId = :s");
        if (stage != null) jpql.append(" and g.stage = :stage");
        if (page.hasCursor()) jpql.append(" and (g.filedAt < :at or (g.filedAt = :at and g.id < :id))");
        jpql.append(" order by g.filedAt desc, g.id desc");
        var q = em.createQuery(jpql.toString(), Grievance.class);
        if (scope != null) q.setParameter("s", scope);
        if (stage != null) q.setParameter("stage", stage);
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0));
            q.setParameter("id", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    public static String cursorOf(Grievance g) {
        return PageRequest.encode(g.filedAt.toString(), g.id.toString());
    }

    /** The protected fields of these grievances, for handlers only (null for everyone else), in order. */
    public List<ProtectedFields> protectedFields(List<Grievance> list) {
        boolean handler = access.isHandler();
        return list.stream().map(g -> handler ? protection.open(g) : null).toList();
    }

    /** Messages of these grievances on one channel, oldest first, in one statement. */
    public java.util.Map<UUID, List<GrievanceMessage>> messages(List<UUID> ids, MessageChannel channel) {
        java.util.Map<UUID, List<GrievanceMessage>> by = new java.util.HashMap<>();
        if (ids.isEmpty()) return by;
        for (GrievanceMessage m : em.createQuery("from GrievanceMessage m where m.grievanceId in :ids and m.channel = :c order by m.sentAt, m.id",
                GrievanceMessage.class).setParameter("ids", ids).setParameter("c", channel).getResultList()) {
            by.computeIfAbsent(m.grievanceId, k -> new ArrayList<>()).add(m);
        }
        return by;
    }

    /** Steps of these grievances, oldest first, in one statement. */
    public java.util.Map<UUID, List<GrievanceStep>> steps(List<UUID> ids) {
        java.util.Map<UUID, List<GrievanceStep>> by = new java.util.HashMap<>();
        if (ids.isEmpty()) return by;
        for (GrievanceStep s : em.createQuery("from GrievanceStep s where s.grievanceId in :ids order by s.at, s.id", GrievanceStep.class)
                .setParameter("ids", ids).getResultList()) {
            by.computeIfAbsent(s.grievanceId, k -> new ArrayList<>()).add(s);
        }
        return by;
    }
}
