package org.assay.framework.governance.api;

import org.assay.framework.governance.VoteChoice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("VoteInput")
@Description("A vote on a proposal.")
public class VoteInput {
    @NonNull @Id @Description("Proposal id.")
    public String proposalId;
    @NonNull @Description("YES, NO or ABSTAIN.")
    public VoteChoice choice;
}
