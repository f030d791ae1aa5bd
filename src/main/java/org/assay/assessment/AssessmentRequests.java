package org.assay.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.framework.AssessmentMethod;
import org.assay.framework.FrameworkVersion;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.UserInputException;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * "Assess once, share many" (domain §4): a member's request is satisfied by an existing published, valid
 * assessment on the current major version by a method at least as strong (→ a sharing request), joins an
 * open assessment of sufficient method as co-requester, or creates a new assessment. The database's unique
 * index on open assessments makes concurrent requests converge on one.
 */
@ApplicationScoped
public class AssessmentRequests {

    @Inject
    EntityManager em;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Criteria criteria;

    @Inject
    AssessmentScopes scopes;

    @Inject
    MemberSharing sharing;

    /** What a request produced; {@code sharingRequestId}: the sharing request sent when an existing assessment satisfied it. */
    public record Result(AssessmentRequest request, Assessment assessment, UUID sharingRequestId) {
    }

    public Result request(UUID supplierId, UUID siteId, AssessmentMethod minimum) {
        UUID member = caller.organisationId();
        Organisation supplier = supplierId == null ? null : em.find(Organisation.class, supplierId);
        if (supplier == null || supplier.kind != OrganisationKind.SUPPLIER) {
            throw new UserInputException("input.supplierId", AssessmentErrorCode.NOT_FOUND, "no supplier with this id");
        }
        if (supplier.status != OrganisationStatus.ACTIVE) {
            throw new UserInputException("input.supplierId", AssessmentErrorCode.SUPPLIER_SUSPENDED, "this supplier is suspended");
        }
        if (minimum == null) {
            throw new UserInputException("input.minimumMethod", AssessmentErrorCode.REQUIRED, "minimumMethod is required");
        }
        if (siteId != null && !scopes.siteBelongsTo(siteId, supplierId)) {
            throw new UserInputException("input.siteId", AssessmentErrorCode.NOT_FOUND, "this supplier has no active site with this id");
        }
        FrameworkVersion current = criteria.currentPublished()
                .orElseThrow(() -> new UserInputException(null, AssessmentErrorCode.NO_PUBLISHED_FRAMEWORK, "no framework version is published yet"));
        UUID scope = siteId == null ? Assessment.WHOLE_SUPPLIER : siteId;

        // 1. A published, valid assessment on the current major version, by a method at least as strong.
        List<Assessment> published = em.createQuery("""
                        select a from Assessment a, FrameworkVersion v
                         where v.id = a.versionId and a.supplierId = :s and a.scopeSiteId = :scope
                           and a.status = :published and a.validUntil >= :today and v.major = :major""", Assessment.class)
                .setParameter("s", supplierId).setParameter("scope", scope)
                .setParameter("published", AssessmentStatus.PUBLISHED).setParameter("today", clock.today())
                .setParameter("major", current.major).getResultList();
        Assessment existing = published.stream().filter(a -> a.method.isAtLeast(minimum))
                .max(Comparator.comparing((Assessment a) -> a.method).thenComparing(a -> a.publishedAt)).orElse(null);
        if (existing != null) {
            // already shared with this member (its own grant or one to all members): nothing to ask
            UUID asked = sharing.sharedWith(member, supplierId) ? null : sharing.askToShare(member, supplierId, existing.id);
            return new Result(record(member, supplierId, siteId, minimum, RequestOutcome.SATISFIED_BY_EXISTING, existing), existing, asked);
        }

        // 2. An open assessment of sufficient method: join it.
        Assessment open = strongestOpen(supplierId, scope, minimum);
        if (open != null) {
            sharing.meterAssessmentFee(member, open.id);
            return new Result(joinOnce(member, supplierId, siteId, minimum, open), open, null);
        }

        // 3. Create one, recording the CAHRA list version in force and its scope's CAHRA status under it (issue 15: a later
        //    list changes applicability for new assessments only); a concurrent request for the same scope and method wins or loses on the unique index.
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        insert into assessment (id, supplier_id, site_id, scope_site_id, version_id, method, status, created_at, cahra_list_id, in_cahra)
                        select ?1, ?2, ?3, ?4, ?5, ?6, 'REQUESTED', ?7, l.id, cahra_scope(l.id, ?2, cast(?3 as uuid))
                        from (select cahra_list_in_force(?8) as id) l
                        on conflict (supplier_id, scope_site_id, method) where status in ('REQUESTED', 'IN_PROGRESS', 'SUBMITTED') do nothing""")
                .setParameter(1, id).setParameter(2, supplierId).setParameter(3, siteId).setParameter(4, scope)
                .setParameter(5, current.id).setParameter(6, minimum.name()).setParameter(7, clock.now()).setParameter(8, clock.today())
                .executeUpdate();
        Assessment created = inserted == 1 ? em.find(Assessment.class, id) : strongestOpen(supplierId, scope, minimum);
        if (created == null) {
            // the conflicting one was published between our statements: extremely rare; let the client retry
            throw new UserInputException(null, AssessmentErrorCode.CONCURRENT_CHANGE, "the supplier's assessments changed while requesting; retry");
        }
        RequestOutcome outcome = inserted == 1 ? RequestOutcome.NEW_ASSESSMENT : RequestOutcome.JOINED_OPEN;
        sharing.meterAssessmentFee(member, created.id);
        return new Result(outcome == RequestOutcome.JOINED_OPEN ? joinOnce(member, supplierId, siteId, minimum, created)
                : record(member, supplierId, siteId, minimum, outcome, created), created, null);
    }

    public List<AssessmentRequest> mine(PageRequest page) {
        var q = em.createQuery("from AssessmentRequest r where r.memberId = :m"
                        + (page.hasCursor() ? " and (r.requestedAt < :at or (r.requestedAt = :at and r.id < :id))" : "")
                        + " order by r.requestedAt desc, r.id desc", AssessmentRequest.class)
                .setParameter("m", caller.organisationId());
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0));
            q.setParameter("id", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    /** Of {@code ids}, the caller's own requests (a member's, nobody else's), in one statement. */
    public List<AssessmentRequest> own(java.util.Collection<UUID> ids) {
        if (ids.isEmpty() || !caller.is(org.assay.platform.Role.MEMBER)) {
            return List.of();
        }
        return em.createQuery("from AssessmentRequest r where r.id in :ids and r.memberId = :m", AssessmentRequest.class)
                .setParameter("ids", ids).setParameter("m", caller.organisationId()).getResultList();
    }

    public static String cursorOf(AssessmentRequest r) {
        return PageRequest.encode(r.requestedAt.toString(), r.id.toString());
    }

    private Assessment strongestOpen(UUID supplierId, UUID scope, AssessmentMethod minimum) {
        return em.createQuery("from Assessment a where a.supplierId = :s and a.scopeSiteId = :scope and a.status in :open", Assessment.class)
                .setParameter("s", supplierId).setParameter("scope", scope)
                .setParameter("open", List.of(AssessmentStatus.REQUESTED, AssessmentStatus.IN_PROGRESS, AssessmentStatus.SUBMITTED))
                .getResultStream().filter(a -> a.method.isAtLeast(minimum))
                .max(Comparator.comparing(a -> a.method)).orElse(null);
    }

    /** A member joins an open assessment once; asking again returns its earlier request. */
    private AssessmentRequest joinOnce(UUID member, UUID supplierId, UUID siteId, AssessmentMethod minimum, Assessment open) {
        List<AssessmentRequest> earlier = em.createQuery("from AssessmentRequest r where r.memberId = :m and r.assessmentId = :a", AssessmentRequest.class)
                .setParameter("m", member).setParameter("a", open.id).setMaxResults(1).getResultList();
        return earlier.isEmpty() ? record(member, supplierId, siteId, minimum, RequestOutcome.JOINED_OPEN, open) : earlier.get(0);
    }

    private AssessmentRequest record(UUID member, UUID supplierId, UUID siteId, AssessmentMethod minimum, RequestOutcome outcome, Assessment a) {
        AssessmentRequest r = new AssessmentRequest();
        r.id = UUID.randomUUID();
        r.memberId = member;
        r.supplierId = supplierId;
        r.siteId = siteId;
        r.minimumMethod = minimum;
        r.outcome = outcome;
        r.assessmentId = a.id;
        r.requestedAt = clock.now();
        r.requestedBy = caller.subject();
        em.persist(r);
        // the requester's own event; the data names no member (the supplier and body learn of a request, not who buys)
        outbox.event(org.assay.platform.outbox.EventType.ASSESSMENT_REQUESTED).supplier(supplierId).member(member).body(a.assessmentBodyId).assessment(a.id).request(r.id)
                .summary("minimumMethod", minimum).summary("outcome", outcome).summary("assessmentMethod", a.method)
                .summary("assessmentStatus", a.status).record();
        return r;
    }
}
