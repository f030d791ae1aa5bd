package org.assay.organisation.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.organisation.Organisation;
import org.assay.organisation.OrganisationAccess;
import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationService;
import org.assay.organisation.OrganisationStatus;
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

import java.util.UUID;

/** Queries on organisations: the caller's own, one by id, the operator's list and the members' supplier directory. */
@GraphQLApi
@Transactional
public class OrganisationQueries {

    @Inject
    OrganisationService service;

    @Inject
    OrganisationAccess access;

    @Inject
    Caller caller;

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("The organisation the caller belongs to.")
    public OrganisationView myOrganisation() {
        return caller.organisationIdIfAny().map(service::get).map(OrganisationView::full).orElse(null);
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("One organisation by id. The operator may read any; everyone else only their own (others are NOT_FOUND).")
    public OrganisationView organisation(@NonNull @Id @Description("Organisation id (global id; a legacy raw id is still accepted).") String id) {
        UUID uuid = OrganisationView.TYPE.parse("id", id);
        if (!access.mayRead(uuid)) {
            throw new NotFoundException("Organisation");
        }
        return OrganisationView.full(service.get(uuid));
    }

    @Query
    @Allow(Role.OPERATOR)
    @Description("All organisations, by name. Operator only.")
    public OrganisationConnection organisations(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Only organisations of this kind.") OrganisationKind kind,
            @Description("Only organisations in this status.") OrganisationStatus status,
            @Description("Only names starting with this text (case-insensitive).") String namePrefix) {
        PageRequest page = PageRequest.of(first, after);
        PageRequest.Slice<Organisation> slice = page.slice(
                service.list(kind, status, namePrefix, null, null, page), OrganisationService::cursorOf);
        return slice.connection(OrganisationView::full, OrganisationEdge::new, OrganisationConnection::new);
    }

    @Query
    @Allow({Role.OPERATOR, Role.MEMBER})
    @Description("Directory of active supplier organisations (public profile fields only), by name.")
    public SupplierProfileConnection supplierDirectory(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Search criteria; all optional, combined with AND.") SupplierSearch search) {
        PageRequest page = PageRequest.of(first, after);
        SupplierSearch s = search == null ? new SupplierSearch() : search;
        PageRequest.Slice<Organisation> slice = page.slice(
                service.list(OrganisationKind.SUPPLIER, OrganisationStatus.ACTIVE, s.namePrefix, s.country, s.identifier, page),
                OrganisationService::cursorOf);
        return slice.connection(SupplierPublicProfile::of, SupplierProfileEdge::new, SupplierProfileConnection::new);
    }
}
