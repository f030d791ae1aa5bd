package org.assay.compliance;

import org.eclipse.microprofile.graphql.Description;

@Description("How far a supplier's latest published assessment covers one item of a regulation.")
public enum CoverageStatus {
    @Description("Every indicator mapped to the item that applies to the supplier was answered (at least one with an answer, "
            + "the rest not applicable).") COVERED,
    @Description("Some, not all, of the applicable indicators mapped to the item were answered.") PARTIALLY_COVERED,
    @Description("No applicable indicator mapped to the item was answered, or the assessment's framework version maps no "
            + "indicator to it, or there is no published assessment.") NOT_COVERED,
    @Description("Indicators are mapped to the item, but none applies to the supplier's scope (stages, minerals, CAHRA) or "
            + "all were answered not applicable.") NOT_APPLICABLE
}
