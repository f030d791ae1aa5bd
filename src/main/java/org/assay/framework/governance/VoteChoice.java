package org.assay.framework.governance;

import org.eclipse.microprofile.graphql.Description;

@Description("A member organisation's vote on a change proposal.")
public enum VoteChoice {
    @Description("In favour. Counts towards quorum and majority.") YES,
    @Description("Against. Counts towards quorum and majority.") NO,
    @Description("Abstains. Counts towards quorum only, not towards the majority.") ABSTAIN
}
