package org.assay.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Caller;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.platform.UserInputException;
import org.assay.platform.Validation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The supplier's consent. Nothing is shared unless the supplier grants it (opt-in); grants can be upgraded,
 * limited in time and revoked at any time, with effect on the next request. Members ask through sharing
 * requests, which the supplier accepts (choosing the level) or declines.
 */
@ApplicationScoped
public class Sharing {

    @Inject
    EntityManager em;

    @Inject
    org.assay.platform.outbox.EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    SharingRequests requests;

    @Inject
    org.assay.platform.CommittedFacts facts;

    /** Counters of grants given (created or changed) and revoked, by audience and level (Prometheus
     *  {@code assay_sharing_grants_given_total}, {@code assay_sharing_grants_revoked_total}). */
    public static final String GRANTS_GIVEN = "assay.sharing.grants.given";
    public static final String GRANTS_REVOKED = "assay.sharing.grants.revoked";

    /** Creates or changes the supplier's live grant for that audience. */
    public SharingGrant grant(GrantAudience audience, UUID memberId, SharingLevel level, LocalDate validUntil) {
        UUID supplier = caller.organisationId();
        Validation v = new Validation();
        v.required("input.audience", audience);
        v.required("input.level", level);
        if (audience == GrantAudience.MEMBER) {
            Organisation m = memberId == null ? null : em.find(Organisation.class, memberId);
            if (m == null || m.kind != OrganisationKind.MEMBER_FIRM) {
                v.add("input.memberId", SharingErrorCode.NOT_FOUND, "a MEMBER grant names an existing member firm");
            }
        } else if (memberId != null) {
            v.add("input.memberId", SharingErrorCode.NOT_ALLOWED, "memberId is only for audience MEMBER");
        }
        if (validUntil != null && validUntil.isBefore(clock.today())) {
            v.add("input.validUntil", SharingErrorCode.IN_THE_PAST, "the end date must be today or later");
        }
        v.throwIfAny();
        SharingGrant g = live(supplier, audience, audience == GrantAudience.MEMBER ? memberId : null);
        if (g == null) {
            g = new SharingGrant();
            g.id = UUID.randomUUID();
            g.supplierId = supplier;
            g.audience = audience;
            g.memberId = audience == GrantAudience.MEMBER ? memberId : null;
            g.createdAt = clock.now();
            g.createdBy = caller.subject();
            g.level = level;
            g.validUntil = validUntil;
            g.updatedAt = g.createdAt;
            em.persist(g);
        }
        g.level = level;
        g.validUntil = validUntil;
        g.updatedAt = clock.now();
        if (audience == GrantAudience.MEMBER) {
            // a pending request from that member is answered by the grant
            for (SharingRequest r : pendingOf(memberId, supplier)) {
                r.status = SharingRequestStatus.ACCEPTED;
                r.level = level;
                r.grantId = g.id;
                r.decidedAt = clock.now();
                decided(r);
            }
        }
        outbox.event(org.assay.platform.outbox.EventType.SHARING_GRANTED).supplier(supplier).member(g.memberId).summaryOrganisation("memberId", g.memberId)
                .broadcast(broadcastOf(audience)).grant(g.id).summary("audience", audience).summary("level", level)
                .summary("validUntil", validUntil).record();
        facts.count(GRANTS_GIVEN, "audience", audience.name(), "level", level.name());
        return g;
    }

    public SharingGrant revoke(UUID grantId) {
        SharingGrant g = grantId == null ? null : em.find(SharingGrant.class, grantId);
        if (g == null || !g.supplierId.equals(caller.organisationId())) {
            throw new UserInputException("input.grantId", SharingErrorCode.NOT_FOUND, "you have no such grant");
        }
        if (g.revokedAt != null) {
            throw new UserInputException("input.grantId", SharingErrorCode.ALREADY_REVOKED, "this grant is already revoked");
        }
        g.revokedAt = clock.now();
        g.updatedAt = g.revokedAt;
        outbox.event(org.assay.platform.outbox.EventType.SHARING_REVOKED).supplier(g.supplierId).member(g.memberId).summaryOrganisation("memberId", g.memberId)
                .broadcast(broadcastOf(g.audience)).grant(g.id).summary("audience", g.audience).summary("level", g.level).record();
        facts.count(GRANTS_REVOKED, "audience", g.audience.name(), "level", g.level.name());
        return g;
    }

    /** A member asks a supplier for its results; one pending request per member and supplier. */
    public SharingRequest request(UUID supplierId) {
        Organisation s = supplierId == null ? null : em.find(Organisation.class, supplierId);
        if (s == null || s.kind != OrganisationKind.SUPPLIER) {
            throw new UserInputException("input.supplierId", SharingErrorCode.NOT_FOUND, "no supplier with this id");
        }
        return requests.openOrExisting(caller.organisationId(), supplierId, null);
    }

    public SharingRequest accept(UUID requestId, SharingLevel level, LocalDate validUntil) {
        SharingRequest r = ownPendingRequest(requestId);
        if (level == null) {
            throw new UserInputException("input.level", SharingErrorCode.REQUIRED, "choose the level to share");
        }
        SharingGrant g = grant(GrantAudience.MEMBER, r.memberId, level, validUntil);
        r.status = SharingRequestStatus.ACCEPTED;
        r.level = level;
        r.grantId = g.id;
        r.decidedAt = clock.now();
        return r;
    }

    public SharingRequest decline(UUID requestId) {
        SharingRequest r = ownPendingRequest(requestId);
        r.status = SharingRequestStatus.DECLINED;
        r.decidedAt = clock.now();
        decided(r);
        return r;
    }

    /**
     * The grant rule, one home: a JPQL condition on a {@link SharingGrant} {@code g} that holds when the grant is live
     * today (not revoked, not past its end date) and covers the organisation {@code :org} ({@code :member}: whether it
     * is a member firm): its own MEMBER grant, an ALL_MEMBERS grant (members only) or a PUBLIC grant (anyone signed in).
     * Bind its parameters with {@link #bindLive}. Used by {@link #bestLevelsFor} and by the event audience
     * ({@code events.EventAudience}), so a query and an event decide alike.
     */
    public static final String LIVE_GRANT_FOR_ORGANISATION = """
            g.revokedAt is null and (g.validUntil is null or g.validUntil >= :today)
             and (g.audience = :public or (:member = true and (g.audience = :all or (g.audience = :one and g.memberId = :org))))""";

    /** Binds the parameters of {@link #LIVE_GRANT_FOR_ORGANISATION}. */
    public static <Q extends jakarta.persistence.Query> Q bindLive(Q q, UUID organisationId, boolean member, LocalDate today) {
        q.setParameter("today", today).setParameter("public", GrantAudience.PUBLIC).setParameter("all", GrantAudience.ALL_MEMBERS)
                .setParameter("one", GrantAudience.MEMBER).setParameter("member", member)
                .setParameter("org", organisationId == null ? new UUID(0, 0) : organisationId);
        return q;
    }

    /**
     * The best level the caller's organisation holds today for each supplier: its own MEMBER grant, an
     * ALL_MEMBERS grant (members only) or a PUBLIC grant (anyone signed in). One SQL statement.
     */
    public Map<UUID, SharingLevel> bestLevels(Collection<UUID> supplierIds) {
        return bestLevelsFor(caller.organisationIdIfAny().orElse(null), caller.is(Role.MEMBER), supplierIds);
    }

    /** {@link #bestLevels} for any organisation ({@code member}: whether it is a member firm), not only the caller's. */
    public Map<UUID, SharingLevel> bestLevelsFor(UUID organisationId, boolean member, Collection<UUID> supplierIds) {
        Map<UUID, SharingLevel> best = new HashMap<>();
        if (supplierIds.isEmpty()) {
            return best;
        }
        // One supplier (a by-id read, the full report) is bound as a single value: Hibernate does not keep the SQL it
        // translated for a query with a list parameter and translates it again on every execution (6 % of the full report's
        // CPU samples, issue 16); the list form stays for batches.
        boolean one = supplierIds.size() == 1;
        List<SharingGrant> grants = bindLive(em.createQuery("from SharingGrant g where g.supplierId " + (one ? "= :s" : "in :s") + " and "
                        + LIVE_GRANT_FOR_ORGANISATION, SharingGrant.class), organisationId, member, clock.today())
                .setParameter("s", one ? supplierIds.iterator().next() : supplierIds).getResultList();
        for (SharingGrant g : grants) {
            best.merge(g.supplierId, g.level, (a, b) -> a.covers(b) ? a : b);
        }
        return best;
    }

    /** Of these grants, those {@code mySharingGrants} shows the caller: a supplier's own; nobody else's. One statement. */
    public List<SharingGrant> ownGrants(Collection<UUID> ids) {
        if (ids.isEmpty() || !caller.is(Role.SUPPLIER)) return List.of();
        return em.createQuery("from SharingGrant g where g.id in :ids and g.supplierId = :s", SharingGrant.class)
                .setParameter("ids", ids).setParameter("s", caller.organisationId()).getResultList();
    }

    /** Of these requests, those {@code sharingRequests} shows the caller: addressed to it (supplier) or made by it (member). One statement. */
    public List<SharingRequest> visibleRequests(Collection<UUID> ids) {
        if (ids.isEmpty() || !(caller.is(Role.SUPPLIER) || caller.is(Role.MEMBER))) return List.of();
        return em.createQuery("from SharingRequest r where r.id in :ids and " + requestParty(caller.is(Role.SUPPLIER)) + " = :org", SharingRequest.class)
                .setParameter("ids", ids).setParameter("org", caller.organisationId()).getResultList();
    }

    private static String requestParty(boolean asSupplier) {
        return asSupplier ? "r.supplierId" : "r.memberId";
    }

    public List<SharingGrant> grantsOf(UUID supplierId, PageRequest page) {
        var q = em.createQuery("from SharingGrant g where g.supplierId = :s" + (page.hasCursor() ? " and g.id > :after" : "")
                + " order by g.id", SharingGrant.class).setParameter("s", supplierId);
        if (page.hasCursor()) q.setParameter("after", page.uuid(0));
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    /** Sharing requests addressed to the supplier, or made by the member — never anyone else's. */
    public List<SharingRequest> requestsFor(boolean asSupplier, SharingRequestStatus status, PageRequest page) {
        String who = requestParty(asSupplier);
        var q = em.createQuery("from SharingRequest r where " + who + " = :org" + (status != null ? " and r.status = :st" : "")
                + (page.hasCursor() ? " and (r.createdAt < :at or (r.createdAt = :at and r.id < :id))" : "")
                + " order by r.createdAt desc, r.id desc", SharingRequest.class).setParameter("org", caller.organisationId());
        if (status != null) q.setParameter("st", status);
        if (page.hasCursor()) {
            q.setParameter("at", page.instant(0));
            q.setParameter("id", page.uuid(1));
        }
        return q.setMaxResults(page.first() + 1).getResultList();
    }

    /** A grant to all members reaches every member firm, a public one everyone signed in; a member grant only its parties. */
    private static org.assay.platform.outbox.Broadcast broadcastOf(GrantAudience audience) {
        return switch (audience) {
            case MEMBER -> null;
            case ALL_MEMBERS -> org.assay.platform.outbox.Broadcast.MEMBERS;
            case PUBLIC -> org.assay.platform.outbox.Broadcast.SIGNED_IN;
        };
    }

    private void decided(SharingRequest r) {
        outbox.event(org.assay.platform.outbox.EventType.SHARING_REQUEST_DECIDED).supplier(r.supplierId).member(r.memberId).summaryOrganisation("memberId", r.memberId)
                .request(r.id).summary("status", r.status).summary("level", r.level).summary("grantId", r.grantId).record();
    }

    private SharingGrant live(UUID supplier, GrantAudience audience, UUID memberId) {
        var q = em.createQuery("from SharingGrant g where g.supplierId = :s and g.audience = :a and g.revokedAt is null"
                        + (memberId == null ? " and g.memberId is null" : " and g.memberId = :m"), SharingGrant.class)
                .setParameter("s", supplier).setParameter("a", audience);
        if (memberId != null) q.setParameter("m", memberId);
        return q.getResultStream().findFirst().orElse(null);
    }

    private List<SharingRequest> pendingOf(UUID memberId, UUID supplierId) {
        return em.createQuery("from SharingRequest r where r.memberId = :m and r.supplierId = :s and r.status = :p", SharingRequest.class)
                .setParameter("m", memberId).setParameter("s", supplierId).setParameter("p", SharingRequestStatus.PENDING).getResultList();
    }

    private SharingRequest ownPendingRequest(UUID id) {
        SharingRequest r = id == null ? null : em.find(SharingRequest.class, id);
        if (r == null || !r.supplierId.equals(caller.organisationId())) {
            throw new UserInputException("input.requestId", SharingErrorCode.NOT_FOUND, "no such request addressed to you");
        }
        if (r.status != SharingRequestStatus.PENDING) {
            throw new UserInputException("input.requestId", SharingErrorCode.ALREADY_DECIDED, "this request was already " + r.status.name().toLowerCase());
        }
        return r;
    }
}
