package org.assay.audit.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.audit.AuditEvent;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** An audit event as the schema shows it: to the operator only; {@code organisation} is resolved beside it. */
@Name("AuditEvent")
@Description("One change made on the platform. Events are chained by hash: any edit, deletion or reordering is detectable.")
public record AuditEventView(
        @NonNull @Id @Description("Global id of the event.") String id,
        @Description("Position in the chain, starting at 1.") long seq,
        @Description("When the change was committed.") Instant occurredAt,
        @Description("Who made the change: `<issuer>|<sub>` of the verified token, or `system` for automatic changes (no token can carry it).") String subject,
        @Id @Deprecated(reason = "Use `organisation { id }`: the organisation as an `Organisation` (its `id` is the organisation's global id).")
        @Description("Raw id of the organisation of that person, if any. Deprecated: use `organisation`.") String organisationId,
        @Ignore UUID organisationKey,
        @Description("Role of that person at the time.") String role,
        @Description("Operation performed (GraphQL mutation name or HTTP operation).") String operation,
        @Description("Ids of what was created or changed.") List<String> targetIds,
        @Description("SHA-256 of the canonical JSON of the operation's input.") String inputDigest,
        @Description("Hash of the previous event.") String previousHash,
        @Description("Hash of this event (covers its fields and the previous hash).") String hash) implements Node {

    /** The node type of audit events. */
    public static final NodeType TYPE = new NodeType("AuditEvent");

    /**
     * An event is keyed by its position in the chain, not a UUID: its global id carries the position as the UUID
     * {@code 00000000-0000-0000-<seq as 16 hex digits>} (opaque to clients like every global id).
     */
    static UUID key(long seq) {
        return new UUID(0L, seq);
    }

    /** The position a key of {@link #key} carries; null for any other UUID (an id that names no event). */
    static Long seqOf(UUID key) {
        return key.getMostSignificantBits() == 0L && key.getLeastSignificantBits() > 0 ? key.getLeastSignificantBits() : null;
    }

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(TYPE.id(key(e.seq)), e.seq, e.occurredAt, e.subject,
                e.organisationId == null ? null : e.organisationId.toString(), e.organisationId, e.role, e.operation,
                e.targetIds.isEmpty() ? List.of() : Arrays.asList(e.targetIds.split(",")),
                e.inputDigest, e.prevHash, e.hash);
    }
}
