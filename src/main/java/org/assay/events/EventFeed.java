package org.assay.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.grievance.GrievanceAccess;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationStatus;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.assay.platform.outbox.Broadcast;
import org.assay.platform.outbox.EventSequencer;
import org.assay.platform.outbox.EventType;
import org.assay.platform.outbox.OutboxEvent;
import org.assay.sharing.SharedResults;
import org.assay.sharing.Sharing;
import org.assay.sharing.SharingLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The one way events are read — by the {@code events} query, subscriptions and webhooks alike, so they all see the same
 * events under the same rule ({@link EventAudience}): sequenced events only, in commit order (position), after a cursor.
 * A page costs a constant number of SQL statements (sequencing, the reader's organisation, the page, access records).
 */
@ApplicationScoped
public class EventFeed {

    /** The largest page. */
    public static final int MAX_LIMIT = 500;

    /** The subject recorded on access records of events pushed to an organisation without a person reading (subscriptions name theirs). */
    public static final String PUSHED = "event-delivery";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager em;

    @Inject
    EventSequencer sequencer;

    @Inject
    SharedResults sharedResults;

    @Inject
    Clock clock;

    /**
     * Events after {@code afterPosition} (exclusive) that organisation {@code organisationId} may see at this moment, in
     * commit order, at most {@code limit}, filtered by {@code types} (empty = all). Nothing for an unknown or suspended
     * organisation. Access records name {@link #PUSHED} as the reader.
     */
    @Transactional
    public List<VisibleEvent> visibleTo(UUID organisationId, long afterPosition, Set<EventType> types, int limit) {
        return visibleTo(organisationId, PUSHED, afterPosition, types, limit);
    }

    /** {@link #visibleTo(UUID, long, Set, int)} with the reader recorded on access records ({@code subject}: a person's token subject). */
    @Transactional
    public List<VisibleEvent> visibleTo(UUID organisationId, String subject, long afterPosition, Set<EventType> types, int limit) {
        return page(organisationId, subject, afterPosition, types, limit).events();
    }

    /** The position of the newest sequenced event (0 when there is none): where a live subscription starts. */
    @Transactional
    public long head() {
        sequencer.sequence();
        Long max = em.createQuery("select max(e.position) from OutboxEvent e", Long.class).getSingleResult();
        return max == null ? 0 : max;
    }

    /** A page of {@link #visibleTo}: the events and whether more followed them when it was read. */
    public record Page(List<VisibleEvent> events, boolean more) {
    }

    /** {@link #visibleTo(UUID, String, long, Set, int)}, telling whether more events follow (for {@code hasNextPage}). */
    @Transactional
    public Page page(UUID organisationId, String subject, long afterPosition, Set<EventType> types, int limit) {
        sequencer.sequence();
        return read(organisationId, subject, afterPosition, types, null, Math.min(limit, MAX_LIMIT));
    }

    /** Of {@code ids}, the events organisation {@code organisationId} may see now (for {@code node(id:)}), by id. */
    @Transactional
    public Map<UUID, VisibleEvent> byIds(UUID organisationId, String subject, Collection<UUID> ids) {
        Map<UUID, VisibleEvent> found = new HashMap<>();
        if (!ids.isEmpty()) {
            read(organisationId, subject, 0, Set.of(), ids, Math.min(ids.size(), MAX_LIMIT)).events().forEach(e -> found.put(e.id(), e));
        }
        return found;
    }

    private Page read(UUID organisationId, String subject, long afterPosition, Set<EventType> types, Collection<UUID> ids, int limit) {
        Organisation org = organisationId == null ? null : em.find(Organisation.class, organisationId);
        if (org == null || org.status != OrganisationStatus.ACTIVE || limit <= 0) {
            return new Page(List.of(), false);
        }
        boolean operator = org.kind.role() == Role.OPERATOR;
        EventAudience.Viewer viewer = new EventAudience.Viewer(org.id, org.kind.role(),
                operator && subject != null && !PUSHED.equals(subject) && GrievanceAccess.isHandler(em, subject, org.id));
        String jpql = "select e, " + EventAudience.GRANT_LEVEL + ", " + EventAudience.REQUESTED
                + " from OutboxEvent e where e.position is not null and e.position > :after"
                + (types == null || types.isEmpty() ? "" : " and e.type in :types")
                + (ids == null ? "" : " and e.id in :ids")
                + (operator ? "" : " and " + EventAudience.CANDIDATES)
                + " order by e.position";
        var q = Sharing.bindLive(em.createQuery(jpql, Object[].class), org.id, viewer.member(), clock.today())
                .setParameter("after", afterPosition).setParameter("fullLevel", SharingLevel.FULL);
        if (types != null && !types.isEmpty()) {
            q.setParameter("types", types);
        }
        if (ids != null) {
            q.setParameter("ids", ids);
        }
        if (!operator) {
            q.setParameter("results", ofReach(EventType.Reach.RESULTS)).setParameter("actions", ofReach(EventType.Reach.ACTIONS))
                    .setParameter("assigned", EventType.ASSESSMENT_ASSIGNED).setParameter("grievanceCounts", ofReach(EventType.Reach.GRIEVANCE_COUNTS))
                    .setParameter("everyone", Broadcast.SIGNED_IN).setParameter("membersBroadcast", Broadcast.MEMBERS);
        }
        List<Object[]> rows = q.setMaxResults(limit + 1).getResultList();
        List<VisibleEvent> out = new ArrayList<>(rows.size());
        List<SharedResults.Read> reads = new ArrayList<>();
        boolean more = false;
        for (Object[] row : rows) {
            if (out.size() == limit) {
                more = true;
                break;
            }
            OutboxEvent e = (OutboxEvent) row[0];
            Number grant = (Number) row[1];
            SharingLevel grantLevel = grant == null ? null : grant.intValue() == 2 ? SharingLevel.FULL : SharingLevel.SUMMARY;
            EventAudience.Decision d = EventAudience.level(viewer, e, grantLevel, Boolean.TRUE.equals(row[2]));
            if (!d.visible()) {
                continue;
            }
            if (d.shared()) {
                reads.add(new SharedResults.Read(e.supplierId, e.assessmentId, d.level()));
            }
            out.add(new VisibleEvent(e.position, e.id, e.type, e.occurredAt, data(e, d)));
        }
        sharedResults.recordReads(org.id, viewer.member(), subject == null ? PUSHED : subject, reads);
        return new Page(out, more);
    }

    private static List<EventType> ofReach(EventType.Reach reach) {
        return Arrays.stream(EventType.values()).filter(t -> t.reach() == reach).toList();
    }

    private static ObjectNode data(OutboxEvent e, EventAudience.Decision d) {
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(e.summaryData);
            if (d.level() == SharingLevel.FULL) {
                ObjectNode full = (ObjectNode) JSON.readTree(e.fullData);
                full.properties().forEach(f -> {
                    if (d.receives(f.getKey())) {
                        data.set(f.getKey(), f.getValue());
                    }
                });
            }
            return data;
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event " + e.id + " holds invalid JSON", ex);
        }
    }
}
