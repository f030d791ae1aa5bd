package org.assay.events.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.events.EventFeed;
import org.assay.events.VisibleEvent;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.platform.outbox.EventType;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The event feed: the reliable baseline every client can poll and resume. */
@GraphQLApi
@Transactional
public class EventQueries {

    @Inject
    EventFeed feed;

    @Inject
    Caller caller;

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Events your organisation may see, oldest first in commit order, kept for a configurable period (default 30 days). "
            + "Store the last `endCursor` and pass it as `after` to get only what happened since: no event committed later is ever skipped. "
            + "Who receives which event, at which level, is decided when you read (docs/who-sees-what.md).")
    public EventConnection events(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (an `endCursor` or edge cursor you stored).") String after,
            @Description("Only events of these types; empty or absent = all.") List<EventType> types) {
        PageRequest page = PageRequest.of(first, after);
        long afterPosition = page.hasCursor() ? page.longValue(0) : 0L;
        Set<EventType> only = types == null ? Set.of() : types.stream().filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        EventFeed.Page events = feed.page(caller.organisationId(), caller.subject(), afterPosition, only, page.first());
        return page.slice(events.events(), events.more(), EventQueries::cursorOf).connection(EventView::of, EventEdge::new, EventConnection::new);
    }

    static String cursorOf(VisibleEvent e) {
        return PageRequest.encode(Long.toString(e.position()));
    }
}
