package org.assay.assessment.dispute;

import org.eclipse.microprofile.graphql.Description;

/** Where a finding dispute stands. */
@Description("Where a finding dispute stands.")
public enum DisputeStatus {
    @Description("Filed by the supplier; the assessment body has not decided yet.") OPEN,
    @Description("The assessment body upheld the finding, with a reason: it stands as published.") UPHELD,
    @Description("The assessment body withdrew the finding, with a reason: it no longer counts toward the current rating and its corrective action is withdrawn. The published assessment is unchanged.") WITHDRAWN
}
