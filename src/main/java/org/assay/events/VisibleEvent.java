package org.assay.events;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.platform.outbox.EventType;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as the given organisation may see it right now (audience and level applied; access records written where
 * it reveals shared results).
 *
 * @param position the commit-order cursor: events come in increasing position; resume after the last one seen
 * @param id       the event's stable id (webhooks send it as {@code webhook-id}: receivers de-duplicate on it)
 * @param data     what the receiver may see: resource ids and facts at its level
 */
public record VisibleEvent(long position, UUID id, EventType type, Instant occurredAt, ObjectNode data) {

    /** The body a client receives (Standard Webhooks convention): {@code {"type":"assessment.published","timestamp":"…","data":{…}}}. */
    public ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("type", type.wireName());
        body.put("timestamp", occurredAt.toString());
        body.set("data", data);
        return body;
    }
}
