package org.assay.audit;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.PageInfo;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The operator's view of the append-only audit trail. */
@GraphQLApi
public class AuditApi {

    @Inject
    AuditTrail auditTrail;

    @Query
    @Allow(Role.OPERATOR)
    @Transactional
    @Description("Audit events, newest first. Operator only.")
    public AuditEventConnection auditEvents(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor after which to continue (a previous page's `endCursor`).") String after,
            @Description("Optional filters.") AuditEventFilter filter) {
        PageRequest page = PageRequest.of(first, after);
        AuditEventFilter f = filter == null ? new AuditEventFilter() : filter;
        List<AuditEvent> rows = auditTrail.page(new AuditTrail.AuditFilter(
                Ids.parse("filter.organisationId", f.organisationId), f.operation, f.from, f.to), page);
        PageRequest.Slice<AuditEvent> slice = page.slice(rows, e -> PageRequest.encode(Long.toString(e.seq)));
        return slice.connection(AuditEventView::of, AuditEventConnection.AuditEventEdge::new, AuditEventConnection::new);
    }

    @Query
    @Allow(Role.OPERATOR)
    @Transactional
    @Description("Recomputes the whole hash chain and reports the first broken link, if any. Operator only.")
    public AuditVerification verifyAuditTrail() {
        AuditTrail.Verification v = auditTrail.verify();
        return new AuditVerification(v.intact(), v.checkedEvents(),
                v.firstBreak() == null ? null : v.firstBreak().seq(),
                v.firstBreak() == null ? null : v.firstBreak().kind(),
                v.firstBreak() == null ? null : v.firstBreak().reason(), v.headHash());
    }

    /** Filters for {@code auditEvents}. */
    @Name("AuditEventFilter")
    @Description("Filters for the audit listing; every filter is optional and they combine with AND.")
    public static class AuditEventFilter {
        @Id
        @Description("Only events by people of this organisation.")
        public String organisationId;
        @Description("Only events of this operation (the GraphQL mutation name, e.g. `admitOrganisation`).")
        public String operation;
        @Description("Only events at or after this instant.")
        public Instant from;
        @Description("Only events before this instant.")
        public Instant to;
    }

    @Name("AuditEventConnection")
    @Description("A page of audit events.")
    public record AuditEventConnection(
            @NonNull @Description("The events of this page, newest first, each with its cursor.") List<@NonNull AuditEventEdge> edges,
            @NonNull @Description("The events of this page, newest first.") List<@NonNull AuditEventView> nodes,
            @NonNull @Description("Paging information.") PageInfo pageInfo) {
        @Description("An item of a page of audit events, with its cursor.")
        public record AuditEventEdge(@NonNull @Description("Cursor of this item: pass it as `after` to continue after it.") String cursor,
                @NonNull @Description("The item.") AuditEventView node) {
        }
    }

    @Name("AuditEvent")
    @Description("One change made on the platform. Events are chained by hash: any edit, deletion or reordering is detectable.")
    public record AuditEventView(
            @Description("Position in the chain, starting at 1.") long seq,
            @Description("When the change was committed.") Instant occurredAt,
            @Description("Who made the change: `<issuer>|<sub>` of the verified token, or `system` for automatic changes (no token can carry it).") String subject,
            @Id @Description("Organisation of that person, if any.") String organisationId,
            @Description("Role of that person at the time.") String role,
            @Description("Operation performed (GraphQL mutation name or HTTP operation).") String operation,
            @Description("Ids of what was created or changed.") List<String> targetIds,
            @Description("SHA-256 of the canonical JSON of the operation's input.") String inputDigest,
            @Description("Hash of the previous event.") String previousHash,
            @Description("Hash of this event (covers its fields and the previous hash).") String hash) {

        static AuditEventView of(AuditEvent e) {
            return new AuditEventView(e.seq, e.occurredAt, e.subject,
                    e.organisationId == null ? null : e.organisationId.toString(), e.role, e.operation,
                    e.targetIds.isEmpty() ? List.of() : Arrays.asList(e.targetIds.split(",")),
                    e.inputDigest, e.prevHash, e.hash);
        }
    }

    @Name("AuditVerification")
    @Description("Result of recomputing the audit chain.")
    public record AuditVerification(
            @Description("True when every event matches its hash and links to the one before it.") boolean intact,
            @Description("Number of events checked before the first break (all of them when intact).") long checkedEvents,
            @Description("Sequence number where the chain first breaks; null when intact.") Long firstBrokenSeq,
            @Description("Kind of break; null when intact.") AuditChain.BreakKind breakKind,
            @Description("Explanation of the break; null when intact.") String reason,
            @Description("Hash of the last event when intact: record it outside the platform to anchor the chain.") String headHash) {
    }
}
