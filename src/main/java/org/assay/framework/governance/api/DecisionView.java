package org.assay.framework.governance.api;

import java.time.Instant;
import org.assay.framework.governance.ChangeProposal;
import org.assay.framework.governance.Fraction;
import org.assay.framework.governance.RejectionReason;
import org.assay.framework.governance.VotingRule;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProposalDecision")
@Description("How a closed proposal was decided: the counts, and the thresholds in force at closing.")
public record DecisionView(
        @NonNull @Description("When it closed: the end of the window, or when the operator closed it early.") Instant closedAt,
        @Description("Whether the operator closed it before the window ended.") boolean closedEarly,
        @Description("Member organisations eligible to vote at closing (the quorum basis).") int eligibleOrganisations,
        @NonNull @Description("Quorum threshold applied: share of eligible organisations that had to vote.") FractionView quorum,
        @NonNull @Description("Majority threshold applied: share of YES among YES + NO votes.") FractionView majority,
        @Description("Whether enough organisations voted.") boolean quorumReached,
        @Description("Whether enough of the YES/NO votes were YES (false when there were none).") boolean majorityReached,
        @Description("Why it was rejected; null when adopted.") RejectionReason rejectionReason) {

    static DecisionView of(ChangeProposal p) {
        Fraction quorum = new Fraction(p.quorumNumerator, p.quorumDenominator);
        Fraction majority = new Fraction(p.majorityNumerator, p.majorityDenominator);
        VotingRule.Decision d = VotingRule.decide(new VotingRule.Tally(p.yesVotes, p.noVotes, p.abstainVotes), p.eligibleOrganisations,
                new VotingRule.Thresholds(quorum, majority));
        return new DecisionView(p.closedAt, Boolean.TRUE.equals(p.closedEarly), p.eligibleOrganisations,
                new FractionView(quorum.numerator(), quorum.denominator()), new FractionView(majority.numerator(), majority.denominator()),
                d.quorumReached(), d.majorityReached(), p.rejectionReason);
    }
}
