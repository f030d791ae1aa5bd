package org.assay.framework.governance.api;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.assay.framework.governance.GovernanceService;
import org.assay.framework.governance.GovernanceSettings;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Members propose changes to indicators and vote; the operator closes a vote early and sets the thresholds. The guard opens each one's transaction. */
@GraphQLApi
public class GovernanceMutations {

    @Inject
    GovernanceService service;

    @Inject
    ChangeProposalViews views;

    @Inject
    Clock clock;


    @Mutation
    @Allow(Role.MEMBER)
    @Description("Propose adding a new indicator under an existing aspect. Voting opens now and closes at `votingClosesAt` "
            + "(at least 1 hour, at most 90 days from now). Members only.")
    public ChangeProposalPayload proposeIndicatorAddition(@NonNull @Description("The new indicator and the vote.") ProposeIndicatorAdditionInput input) {
        IndicatorInput i = input.indicator == null ? new IndicatorInput() : input.indicator;
        return ChangeProposalPayload.of(views.view(service.proposeAddition(input.aspectCode, i.spec(), input.rationale, input.votingClosesAt)));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Propose changing an indicator: texts, classification, weight, risk type, applicability, references, unit or "
            + "thresholds (the code and answer type never change: propose a retirement and an addition instead). Members only.")
    public ChangeProposalPayload proposeIndicatorChange(@NonNull @Description("What changes and the vote.") ProposeIndicatorChangeInput input) {
        return ChangeProposalPayload.of(views.view(service.proposeChange(input.indicatorCode, input.change == null ? null : input.change.change(),
                input.rationale, input.votingClosesAt)));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Propose retiring an indicator from the next version. Members only.")
    public ChangeProposalPayload proposeIndicatorRetirement(@NonNull @Description("Which indicator and the vote.") ProposeIndicatorRetirementInput input) {
        return ChangeProposalPayload.of(views.view(service.proposeRetirement(input.indicatorCode, input.rationale, input.votingClosesAt)));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Cast the caller's organisation's vote (one per organisation). Refused when the window has closed "
            + "(VOTING_CLOSED) or the organisation already voted (ALREADY_VOTED: use changeVote). Members only.")
    public ChangeProposalPayload castVote(@NonNull @Description("Proposal and choice.") VoteInput input) {
        return ChangeProposalPayload.of(views.view(service.castVote(ChangeProposalView.TYPE.parseInput("input.proposalId", input.proposalId), input.choice)));
    }

    @Mutation
    @Allow(Role.MEMBER)
    @Description("Change the caller's organisation's vote while the window is open (it replaces the vote, it is not a second "
            + "vote). Refused when the window has closed (VOTING_CLOSED) or nothing was voted yet (NOT_VOTED). Members only.")
    public ChangeProposalPayload changeVote(@NonNull @Description("Proposal and new choice.") VoteInput input) {
        return ChangeProposalPayload.of(views.view(service.changeVote(ChangeProposalView.TYPE.parseInput("input.proposalId", input.proposalId), input.choice)));
    }

    @Mutation
    @Allow(Role.OPERATOR)
    @Description("Close a proposal's vote before its window ends and decide it now with the current thresholds; an adopted "
            + "proposal is applied to the draft at once. Operator only.")
    public ChangeProposalPayload closeChangeProposal(@NonNull @Description("The proposal.") ChangeProposalRefInput input) {
        return ChangeProposalPayload.of(views.view(service.closeEarly(ChangeProposalView.TYPE.parseInput("input.proposalId", input.proposalId))));
    }

    @Mutation("setGovernanceThresholds")
    @Allow(Role.OPERATOR)
    @Description("Set the adoption thresholds, as exact fractions (e.g. quorum 1/2, majority 2/3). They decide every proposal "
            + "closing afterwards; proposals whose window already ended are decided with the previous thresholds first. Operator only.")
    public GovernanceSettingsPayload setGovernanceThresholds(@NonNull @Description("The thresholds.") GovernanceThresholdsInput input) {
        FractionInput q = input.quorum == null ? new FractionInput() : input.quorum;
        FractionInput m = input.majority == null ? new FractionInput() : input.majority;
        GovernanceSettings s = service.setThresholds(q.numerator, q.denominator, m.numerator, m.denominator);
        return new GovernanceSettingsPayload(GovernanceSettingsView.of(s, service.eligibleOrganisations(clock.now())), List.of());
    }
}
