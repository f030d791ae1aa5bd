package org.assay.framework.governance;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a change proposal stands.")
public enum ProposalStatus {
    @Description("The voting window is open: member organisations may vote or change their vote.") OPEN,
    @Description("Closed with quorum and majority reached; applied (or found not applicable) to the draft version.") ADOPTED,
    @Description("Closed without quorum or without the required majority.") REJECTED
}
