package org.assay.events.api;

import org.assay.events.VisibleEvent;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.platform.outbox.EventType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** One event as the caller's organisation may see it. */
@Name("Event")
@Description("Something that changed, as your organisation may see it now (docs/api/events-and-webhooks.md lists every type, its data and who receives it).")
public record EventView(
        @NonNull @Id @Description("Global id of the event: stable, the same in the feed, subscriptions and webhooks; de-duplicate on it.") String id,
        @NonNull @Description("Kind of event.") EventType type,
        @NonNull @Description("The dotted wire name of the type, as in webhook bodies (`assessment.published`).") String wireType,
        @NonNull @Description("When it happened.") Instant occurredAt,
        @NonNull @Description("A JSON object: the resource ids (organisations as global ids, e.g. `supplierId`) and the facts you may see at your level; the same `data` a webhook body carries.") String data) implements Node {

    public static final NodeType TYPE = new NodeType("Event");

    public static EventView of(VisibleEvent e) {
        return new EventView(TYPE.id(e.id()), e.type(), e.type().wireName(), e.occurredAt(), e.data().toString());
    }
}
