package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ChangeProposalRefInput")
@Description("Refers to one change proposal.")
public class ChangeProposalRefInput {
    @NonNull @Id @Description("Proposal id.")
    public String proposalId;
}
