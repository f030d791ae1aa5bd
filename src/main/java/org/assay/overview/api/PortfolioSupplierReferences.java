package org.assay.overview.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.api.AssessmentReferences;
import org.assay.assessment.api.AssessmentView;
import org.assay.organisation.api.OrganisationReferences;
import org.assay.organisation.api.OrganisationView;
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
 * by portfolio's (the caller's own entry, as {@code portfolio} shows it), the latest assessment by assessment's (what the
 * member may see of it: the supplier's newest published assessment while the supplier shares with it).
 */
@GraphQLApi
@Transactional
public class PortfolioSupplierReferences {

    @Inject
    OrganisationReferences organisations;

    @Inject
    PortfolioEntryReferences entries;

    @Inject
    AssessmentReferences assessments;

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

    @Allow(Role.MEMBER)
    @Description("The supplier's latest published assessment, as far as it shares it with you (method, validity, score, rating; its answers "
            + "and findings through `sharedResults.detail` under a full grant); null when NOT_SHARED or nothing is published.")
    public List<AssessmentView> latestAssessment(@Source List<PortfolioSupplierView> rows) {
        return assessments.resolve(rows, PortfolioSupplierView::assessmentKey);
    }
}
