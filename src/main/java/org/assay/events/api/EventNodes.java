package org.assay.events.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.events.EventFeed;
import org.assay.platform.Caller;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for events: the rule of the {@code events} feed (events.EventAudience), at the moment of reading. */
@ApplicationScoped
public class EventNodes implements NodeResolver {

    @Inject
    EventFeed feed;

    @Inject
    Caller caller;

    @Override
    public NodeType type() {
        return EventView.TYPE;
    }

    @Override
    public Map<UUID, EventView> visible(Collection<UUID> ids) {
        if (caller.organisationIdIfAny().isEmpty()) {
            return Map.of();
        }
        return feed.byIds(caller.organisationId(), caller.subject(), ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> EventView.of(e.getValue())));
    }
}
