package org.assay.audit.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.audit.AuditEvent;
import org.assay.audit.AuditTrail;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/** The operator's view of the append-only audit trail. Operator only. */
@GraphQLApi
@Allow(Role.OPERATOR)
@Transactional
public class AuditQueries {

    @Inject
    AuditTrail auditTrail;

    @Inject
    OrganisationReferences organisations;

    @Query
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
        return slice.connection(AuditEventView::of, AuditEventEdge::new, AuditEventConnection::new);
    }

    @Name("organisation")
    @Description("The organisation of the person who made the change; null for automatic changes and people of no organisation.")
    public List<OrganisationView> organisation(@Source List<AuditEventView> events) {
        return organisations.resolve(events, AuditEventView::organisationKey);
    }

    @Query
    @Description("Recomputes the whole hash chain and reports the first broken link, if any. Operator only.")
    public AuditVerification verifyAuditTrail() {
        AuditTrail.Verification v = auditTrail.verify();
        return new AuditVerification(v.intact(), v.checkedEvents(),
                v.firstBreak() == null ? null : v.firstBreak().seq(),
                v.firstBreak() == null ? null : v.firstBreak().kind(),
                v.firstBreak() == null ? null : v.firstBreak().reason(), v.headHash());
    }
}
