package org.assay.grievance.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.grievance.FollowUpLocked;
import org.assay.grievance.Grievances;
import org.assay.grievance.PublicSuppliers;
import org.assay.organisation.Organisation;
import org.assay.platform.Allow;
import org.assay.platform.NotFoundException;
import org.assay.platform.PageRequest;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import jakarta.persistence.EntityManager;

/** The public queries of the grievance mechanism: open to anyone, without a token. */
@GraphQLApi
@Transactional
@Allow(value = {}, anyone = true)
public class PublicGrievanceQueries {

    @Inject
    PublicSuppliers suppliers;

    @Inject
    Grievances grievances;

    @Inject
    EntityManager em;

    @Query
    @Description("Suppliers one may file a grievance about, by name (public profile fields and sites only). Open to anyone, without an account.")
    public GrievanceSupplierConnection grievanceSuppliers(
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after,
            @Description("Search criteria; all optional, combined with AND.") GrievanceSupplierSearch search) {
        PageRequest page = PageRequest.of(first, after);
        GrievanceSupplierSearch s = search == null ? new GrievanceSupplierSearch() : search;
        PageRequest.Slice<PublicSuppliers.Supplier> slice = page.slice(suppliers.search(s.name, s.country, s.mineral, page),
                PublicSuppliers::cursorOf);
        return slice.connection(GrievanceSupplierView::of, GrievanceSupplierEdge::new, GrievanceSupplierConnection::new);
    }

    @Query
    @Description("The complainant's view of their case: status and messages. Open to anyone with the reference and the follow-up code; "
            + "a wrong code is NOT_FOUND (as an unknown reference), and after repeated wrong codes the case is LOCKED for a while.")
    public GrievanceFollowUpView grievanceFollowUp(
            @NonNull @Description("The case reference from the receipt.") String reference,
            @NonNull @Description("The secret follow-up code from the receipt.") String followUpCode) {
        Grievances.Attempt attempt = grievances.attempt(reference, followUpCode);
        return switch (attempt.check()) {
            case OK -> GrievanceFollowUpView.of(attempt.grievance(), em.find(Organisation.class, attempt.grievance().supplierId).name,
                    grievances.complainantMessages(attempt.grievance().id));
            case LOCKED -> throw new FollowUpLocked();
            case WRONG_CODE -> throw new NotFoundException("Grievance");
        };
    }
}
