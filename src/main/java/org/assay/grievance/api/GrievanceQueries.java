package org.assay.grievance.api;

import io.quarkus.security.ForbiddenException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceAccess;
import org.assay.grievance.GrievanceHandlers;
import org.assay.grievance.GrievanceHandling;
import org.assay.grievance.GrievanceStage;
import org.assay.grievance.GrievanceSummaries;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.UUID;

/** Queries of signed-in people on grievances: handlers and suppliers on the cases, members on the counts. */
@GraphQLApi
@Transactional
public class GrievanceQueries {

    @Inject
    GrievanceHandling handling;

    @Inject
    GrievanceAccess access;

    @Inject
    GrievanceHandlers handlers;

    @Inject
    GrievanceSummaries summaries;

    @Inject
    Caller caller;

    @Inject
    EntityManager em;

    @Query
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Description("Grievances, newest first: every one for the operator's grievance handlers, those about itself for a supplier. "
            + "Operator staff who are not grievance handlers are refused (forbidden).")
    public GrievanceConnection grievances(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Only grievances at this stage.") GrievanceStage stage) {
        if (caller.is(Role.OPERATOR) && !access.isHandler()) {
            throw new ForbiddenException();
        }
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<Grievance> slice = page.slice(handling.list(stage, page), GrievanceHandling::cursorOf);
        return slice.connection(GrievanceView::of, GrievanceEdge::new, GrievanceConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.SUPPLIER})
    @Description("One grievance by id: for the operator's grievance handlers, and for the supplier it is about (others: NOT_FOUND).")
    public GrievanceView grievance(@NonNull @Id @Description("Grievance id.") String id) {
        UUID uuid = GrievanceView.TYPE.parse("id", id);
        Grievance g = em.find(Grievance.class, uuid);
        if (!access.mayRead(g)) {
            throw new NotFoundException("Grievance");
        }
        return GrievanceView.of(g);
    }

    @Query
    @Allow(Role.OPERATOR)
    @Description("The operator's grievance handlers. Operator only.")
    public List<@NonNull GrievanceHandlerView> grievanceHandlers() {
        return handlers.list().stream().map(GrievanceHandlerView::of).toList();
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER})
    @Description("Grievances about a supplier as counts by category and stage, under the supplier's sharing grant: at SUMMARY the counts, at FULL also "
            + "the redacted summaries of resolved and closed cases. Without a grant NOT_FOUND. The operator and the supplier itself see it at FULL.")
    public GrievanceSummaryView grievanceSummary(@NonNull @Id @Description("The supplier organisation (global id; a legacy raw id is still accepted).") String supplierId) {
        UUID supplier = OrganisationView.TYPE.parse("supplierId", supplierId);
        return summaries.of(supplier).map(GrievanceSummaryView::of).orElseThrow(() -> new NotFoundException("Grievance summary"));
    }
}
