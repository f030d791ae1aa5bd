package org.assay.events;

import org.assay.platform.Role;
import org.assay.platform.outbox.Broadcast;
import org.assay.platform.outbox.EventType;
import org.assay.platform.outbox.OutboxEvent;
import org.assay.sharing.Sharing;
import org.assay.sharing.SharingLevel;

/**
 * Who receives which event, at which level — decided when the event is read (feed, subscription, webhook), with the
 * rules a query would apply at that moment (one home; docs/who-sees-what.md "Events"):
 * <ul>
 *   <li>the operator: every event, in full;</li>
 *   <li>the parties named on the event, in full: the supplier it is about, the assessment body assigned, the member
 *       taking part (its own assessment request, sharing request or grant, its proposal);</li>
 *   <li>a supplier's results ({@link EventType.Reach#RESULTS}): whoever holds a live sharing grant for that supplier
 *       now ({@link Sharing#LIVE_GRANT_FOR_ORGANISATION}), at the grant's level — a summary grant never carries full-only
 *       data; corrective actions ({@link EventType.Reach#ACTIONS}) only with a live FULL grant;</li>
 *   <li>an assignment ({@code assessment.assigned}): also the members that requested that assessment (each learns of
 *       its own request only: the data names no member);</li>
 *   <li>a broadcast event: every member firm ({@link Broadcast#MEMBERS}) or everyone signed in
 *       ({@link Broadcast#SIGNED_IN}), at summary level;</li>
 *   <li>grievances ({@link EventType.Reach#GRIEVANCE_COUNTS}, {@link EventType.Reach#GRIEVANCE_CASE}), under the rules of
 *       the grievance queries ({@code grievance.GrievanceAccess}, {@code grievance.GrievanceSummaries}): the supplier
 *       concerned in full (no event ever holds a protected field: name, contact, private details, the complainant's
 *       channel), the operator in full only when the reader is one of its grievance handlers; holders of a live grant
 *       receive a grievance's category and stage (what the counts show), at FULL also the handlers' public summary of a
 *       resolved or closed case ({@link #GRIEVANCE_FULL_GRANT_FACTS}); other operator staff and pushed deliveries to the
 *       operator (webhooks) as a FULL grant; nobody else, and nobody else a case's handling.</li>
 * </ul>
 * Nobody learns who else buys from a supplier: a member is never named in the data of an event another member
 * receives. {@link #CANDIDATES} is the same rule as a JPQL condition (the feed's SQL filter); {@link #level} decides
 * each row the filter returns.
 */
public final class EventAudience {

    private EventAudience() {
    }

    /** The full-only facts of a grievance event a holder of a live FULL grant receives: the handlers' redacted account of a finished case. */
    public static final java.util.Set<String> GRIEVANCE_FULL_GRANT_FACTS = java.util.Set.of("publicSummary");

    /**
     * The viewer: an organisation and the role its kind gives; {@code grievanceHandler}: the person reading is one of the
     * operator's grievance handlers (false for pushed deliveries, which no person reads).
     */
    public record Viewer(java.util.UUID organisationId, Role role, boolean grievanceHandler) {
        public Viewer(java.util.UUID organisationId, Role role) {
            this(organisationId, role, false);
        }

        boolean member() {
            return role == Role.MEMBER;
        }
    }

    /**
     * What a viewer gets of one event; {@code shared}: it reveals shared results through a grant (an access record);
     * {@code fullFacts}: at level FULL, which full-only facts (null: all of them).
     */
    public record Decision(SharingLevel level, boolean shared, java.util.Set<String> fullFacts) {
        static final Decision NONE = new Decision(null, false);
        static final Decision PARTY = new Decision(SharingLevel.FULL, false);
        static final Decision BROADCAST = new Decision(SharingLevel.SUMMARY, false);
        static final Decision GRIEVANCE_SUMMARY_GRANT = new Decision(SharingLevel.SUMMARY, false);
        static final Decision GRIEVANCE_FULL_GRANT = new Decision(SharingLevel.FULL, false, GRIEVANCE_FULL_GRANT_FACTS);

        public Decision(SharingLevel level, boolean shared) {
            this(level, shared, null);
        }

        public boolean visible() {
            return level != null;
        }

        /** Whether the viewer receives the full-only fact {@code key}. */
        public boolean receives(String key) {
            return level == SharingLevel.FULL && (fullFacts == null || fullFacts.contains(key));
        }
    }

    /**
     * The events (alias {@code e}) a non-operator viewer {@code :org} may receive, as a JPQL condition. Parameters: those
     * of {@link Sharing#bindLive}, {@code :results}, {@code :actions} (the types of each reach), {@code :assigned},
     * {@code :fullLevel}, {@code :membersBroadcast}, {@code :everyone}, {@code :grievanceCounts}.
     */
    static final String CANDIDATES = """
            (e.supplierId = :org or e.bodyId = :org or e.memberId = :org
             or e.broadcast = :everyone or (:member = true and e.broadcast = :membersBroadcast)
             or (e.type in :results and exists (select 1 from SharingGrant g where g.supplierId = e.supplierId and %1$s))
             or (e.type in :actions and exists (select 1 from SharingGrant g where g.supplierId = e.supplierId and g.level = :fullLevel and %1$s))
             or (e.type in :grievanceCounts and exists (select 1 from SharingGrant g where g.supplierId = e.supplierId and %1$s))
             or (e.type = :assigned and :member = true
                 and exists (select 1 from AssessmentRequest r where r.assessmentId = e.assessmentId and r.memberId = :org)))"""
            .formatted(Sharing.LIVE_GRANT_FOR_ORGANISATION);

    /** The viewer's best live grant level for the event's supplier, as a JPQL expression (2 = FULL, 1 = SUMMARY, null = none). */
    static final String GRANT_LEVEL = "(select max(case when g.level = :fullLevel then 2 else 1 end) from SharingGrant g where g.supplierId = e.supplierId and "
            + Sharing.LIVE_GRANT_FOR_ORGANISATION + ")";

    /** Whether the viewer requested the event's assessment, as a JPQL expression. */
    static final String REQUESTED = "(case when exists (select 1 from AssessmentRequest r where r.assessmentId = e.assessmentId and r.memberId = :org) then true else false end)";

    /**
     * What {@code viewer} gets of {@code e}, given its best live grant level for the event's supplier ({@code grant},
     * null for none) and whether it requested the event's assessment.
     */
    public static Decision level(Viewer viewer, OutboxEvent e, SharingLevel grant, boolean requested) {
        boolean grievance = e.type.reach() == EventType.Reach.GRIEVANCE_COUNTS || e.type.reach() == EventType.Reach.GRIEVANCE_CASE;
        if (viewer.role() == Role.OPERATOR) {
            if (grievance && !viewer.grievanceHandler()) {
                return e.type.reach() == EventType.Reach.GRIEVANCE_COUNTS ? Decision.GRIEVANCE_FULL_GRANT : Decision.NONE;
            }
            return Decision.PARTY;
        }
        java.util.UUID org = viewer.organisationId();
        if (org.equals(e.supplierId) || org.equals(e.bodyId) || org.equals(e.memberId)) {
            return Decision.PARTY;
        }
        switch (e.type.reach()) {
            case RESULTS -> {
                if (grant != null && e.supplierId != null) {
                    return new Decision(grant, true);
                }
            }
            case ACTIONS -> {
                if (grant == SharingLevel.FULL && e.supplierId != null) {
                    return new Decision(SharingLevel.FULL, true);
                }
            }
            case WORK -> {
                if (e.type == EventType.ASSESSMENT_ASSIGNED && viewer.member() && requested) {
                    return Decision.BROADCAST;
                }
            }
            case GRIEVANCE_COUNTS -> {
                if (grant != null && e.supplierId != null && viewer.member()) {
                    return grant == SharingLevel.FULL ? Decision.GRIEVANCE_FULL_GRANT : Decision.GRIEVANCE_SUMMARY_GRANT;
                }
                return Decision.NONE;
            }
            case GRIEVANCE_CASE -> {
                return Decision.NONE;
            }
            case PARTIES -> {
            }
        }
        if (e.broadcast == Broadcast.SIGNED_IN || (e.broadcast == Broadcast.MEMBERS && viewer.member())) {
            return Decision.BROADCAST;
        }
        return Decision.NONE;
    }
}
