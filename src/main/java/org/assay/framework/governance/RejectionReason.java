package org.assay.framework.governance;

import org.eclipse.microprofile.graphql.Description;

@Description("Why a change proposal was rejected.")
public enum RejectionReason {
    @Description("Too few member organisations voted (abstentions count towards the quorum).") QUORUM_NOT_REACHED,
    @Description("Quorum reached, but too few of the non-abstaining votes were YES (or nobody voted YES or NO).") MAJORITY_NOT_REACHED
}
