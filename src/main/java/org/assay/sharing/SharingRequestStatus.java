package org.assay.sharing;

import org.eclipse.microprofile.graphql.Description;

@Description("State of a member's request for a supplier's results.")
public enum SharingRequestStatus {
    @Description("Waiting for the supplier's decision.") PENDING,
    @Description("The supplier granted access.") ACCEPTED,
    @Description("The supplier declined.") DECLINED
}
