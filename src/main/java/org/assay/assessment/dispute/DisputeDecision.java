package org.assay.assessment.dispute;

import org.eclipse.microprofile.graphql.Description;

/** What the assessment body decides about a disputed finding. */
@Description("What the assessment body decides about a disputed finding.")
public enum DisputeDecision {
    @Description("The finding stands.") UPHOLD,
    @Description("The finding is withdrawn (a correction recorded beside the published assessment).") WITHDRAW;

    DisputeStatus outcome() {
        return this == UPHOLD ? DisputeStatus.UPHELD : DisputeStatus.WITHDRAWN;
    }
}
