package org.assay.accreditation.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.accreditation.AccreditationService;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Query;

import java.time.LocalDate;

/** Queries of accreditations and conflicts of interest. Thin: maps arguments, calls {@link AccreditationService}. */
@GraphQLApi
@Transactional
public class AccreditationQueries {

    @Inject
    AccreditationService service;

    @Inject
    Clock clock;

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR})
    @Description("Accreditations of assessment bodies, newest first. The operator sees all; an assessment body only its own.")
    public AccreditationConnection accreditations(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`).") String after,
            @Description("Filters; all optional, combined with AND.") AccreditationFilter filter) {
        PageRequest page = PageRequest.of(first, after);
        AccreditationFilter f = filter == null ? new AccreditationFilter() : filter;
        PageRequest.Slice<AccreditationService.Listed> slice = page.slice(
                service.accreditations(OrganisationView.TYPE.parse("filter.bodyId", f.bodyId), f.activeOn, page), AccreditationService::cursorOf);
        LocalDate today = clock.today();
        return slice.connection(l -> AccreditationView.of(l, today), AccreditationEdge::new, AccreditationConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.ASSESSOR, Role.SUPPLIER})
    @Description("Declared conflicts of interest, newest first. The operator sees all; an assessment body or a supplier "
            + "sees the declarations its own organisation made.")
    public ConflictDeclarationConnection conflictDeclarations(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after (a previous page's `endCursor`).") String after,
            @Id @Description("Operator only: declarations involving this organisation, on either side.") String organisationId) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<AccreditationService.Declared> slice = page.slice(
                service.declarations(OrganisationView.TYPE.parse("organisationId", organisationId), page), AccreditationService::cursorOf);
        return slice.connection(ConflictDeclarationView::of, ConflictDeclarationEdge::new, ConflictDeclarationConnection::new);
    }
}
