package org.assay.framework.governance.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.assay.framework.governance.ChangeProposal;
import org.assay.framework.governance.GovernanceService;
import org.assay.framework.governance.ProposalStatus;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/**
 * Queries of framework governance. Everyone signed in (all four roles) may read proposals, their rationale, tallies and
 * outcomes: the criteria suppliers and assessors are measured against are developed in the open.
 */
@GraphQLApi
@Transactional
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
public class GovernanceQueries {

    @Inject
    GovernanceService service;

    @Inject
    ChangeProposalViews views;

    @Inject
    Clock clock;


    @Query
    @Description("The adoption thresholds in force (quorum and majority) and the current quorum basis.")
    public GovernanceSettingsView governanceSettings() {
        return GovernanceSettingsView.of(service.settings(), service.eligibleOrganisations(clock.now()));
    }

    @Query
    @Description("Change proposals, newest first. Proposals whose voting window has ended are closed (decided) before they are listed.")
    public ChangeProposalConnection changeProposals(
            @Description("Only proposals in this status.") ProposalStatus status,
            @Description("Only proposals about this indicator code.") String indicatorCode,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        service.closeDue();
        PageRequest.Slice<ChangeProposal> slice = page.slice(service.list(status, indicatorCode, page), GovernanceService::cursorOf);
        return slice.connection(views.views(slice.items()), ChangeProposalEdge::new, ChangeProposalConnection::new);
    }

    @Query
    @Description("One change proposal. If its voting window has ended it is closed (decided) first.")
    public ChangeProposalView changeProposal(@NonNull @Id @Description("Proposal id.") String id) {
        UUID uuid = ChangeProposalView.TYPE.parse("id", id);
        service.closeDue();
        return views.views(List.of(service.get(uuid))).get(0);
    }
}
