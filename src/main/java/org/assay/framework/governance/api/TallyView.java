package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

@Name("VoteTally")
@Description("Vote counts of a proposal. Only votes of eligible member organisations (ACTIVE member firms) count.")
public record TallyView(
        @Description("YES votes.") int yes,
        @Description("NO votes.") int no,
        @Description("ABSTAIN votes.") int abstain,
        @Description("Organisations that voted (YES + NO + ABSTAIN): the quorum count.") int voted,
        @Description("Member organisations eligible to vote: the quorum basis (now while open, at closing once closed).") int eligibleOrganisations,
        @Description("True once the proposal is closed: the counts no longer change.") boolean isFinal) {
}
