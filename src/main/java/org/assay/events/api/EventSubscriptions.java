package org.assay.events.api;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import org.assay.events.EventFeed;
import org.assay.events.VisibleEvent;
import org.assay.membership.MembershipIdentityAugmentor;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.MembershipChangedException;
import org.assay.platform.Role;
import org.assay.platform.outbox.EventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Live events over GraphQL over WebSocket ({@code graphql-transport-ws}, also {@code graphql-ws}) at {@code /graphql}. The
 * token is checked when the connection is opened (the upgrade request's {@code Authorization} header, validated like
 * any request) and the guard's rule when subscribing; each event then goes through {@link EventFeed} — the same outbox,
 * order and audience rule as the feed and webhooks, decided per event at the moment it is delivered (a grant revoked
 * meanwhile stops the supplier's events at once). Before every read the caller's membership is checked again: once
 * it changed since the subscription started (organisation, role, admin flag, suspension — a person removed from the
 * organisation included), the subscription ends with a {@code MEMBERSHIP_CHANGED} error and delivers nothing more. When the
 * token expires, Quarkus closes the connection (close code 1008, "Authentication expired"); the client reconnects with a
 * fresh token. {@code EventSubscriptionTest} proves both.
 */
@GraphQLApi
public class EventSubscriptions {

    @Inject
    EventFeed feed;

    @Inject
    Caller caller;

    @Inject
    MembershipIdentityAugmentor memberships;

    @ConfigProperty(name = "assay.events.subscription-poll", defaultValue = "0.5s")
    Duration poll;

    @Subscription
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Events your organisation may see, as they happen (from the moment you subscribe; use the `events` query to catch up "
            + "from a stored cursor). Same events, order and rules as the `events` feed.")
    public Multi<EventView> events(@Description("Only events of these types; empty or absent = all.") List<EventType> types) {
        UUID organisation = caller.organisationId();
        String subject = caller.subject();
        SecurityIdentity subscriber = caller.keep();
        Set<EventType> only = types == null ? Set.of() : types.stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
        // the engine calls this on the event loop: the reads run on worker threads
        return Uni.createFrom().item(feed::head).runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToMulti(start -> {
                    AtomicLong cursor = new AtomicLong(start);
                    return Multi.createFrom().ticks().every(poll).onOverflow().drop()
                            .emitOn(Infrastructure.getDefaultWorkerPool()) // Quarkus ticks on the event loop: read on a worker
                            .onItem().transformToIterable(tick -> {
                                if (!memberships.stillHolds(subscriber)) {
                                    throw new MembershipChangedException();
                                }
                                List<VisibleEvent> events = feed.visibleTo(organisation, subject, cursor.get(), only, EventFeed.MAX_LIMIT);
                                if (!events.isEmpty()) {
                                    cursor.set(events.get(events.size() - 1).position());
                                }
                                return events.stream().map(EventView::of).toList();
                            });
                });
    }
}
