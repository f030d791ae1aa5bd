package org.assay.overview.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
import org.assay.overview.OverviewApi.PortfolioSupplierView;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.assay.portfolio.api.PortfolioEntryReferences;
import org.assay.portfolio.api.PortfolioEntryView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

/**
 * The objects a row of the portfolio overview names, resolved for the whole page at once by the features that own them:
 * the supplier by organisation's batch loader (its public profile: a member does not belong to the supplier), the entry
 * by portfolio's (the caller's own entry, as {@code portfolio} shows it).
 */
@GraphQLApi
@Transactional
public class PortfolioSupplierReferences {

    @Inject
    OrganisationReferences organisations;

    @Inject
    PortfolioEntryReferences entries;

    @NonNull
    @Allow(Role.MEMBER)
    @Description("The supplier.")
    public List<@NonNull OrganisationView> supplier(@Source List<PortfolioSupplierView> rows) {
        return organisations.resolve(rows, PortfolioSupplierView::supplierKey);
    }

    @NonNull
    @Allow(Role.MEMBER)
    @Description("Your portfolio entry for the supplier, with your tags.")
    public List<@NonNull PortfolioEntryView> entry(@Source List<PortfolioSupplierView> rows) {
        return entries.resolve(rows, PortfolioSupplierView::entryKey);
    }
}
