package org.assay.compliance;

import org.assay.framework.ExternalStandard;
import org.eclipse.microprofile.graphql.Description;

/** The EU rules a buyer must meet, whose items indicators reference as crosswalk standards of the same name. */
@Description("An EU regulation whose obligations the framework maps indicator by indicator (its items are listed in "
        + "`regulationCoverage`).")
public enum Regulation {
    @Description("Regulation (EU) 2023/1542 on batteries: due diligence (Art. 48-52) and Annex X.") EU_BATTERY_REGULATION,
    @Description("Directive (EU) 2024/1760 on corporate sustainability due diligence (CSDDD): the Annex.") EU_CSDDD,
    @Description("Regulation (EU) 2017/821 on conflict minerals (3TG): Art. 4-7.") EU_CONFLICT_MINERALS;

    /** The crosswalk standard indicators cite for this regulation. */
    public ExternalStandard standard() {
        return ExternalStandard.valueOf(name());
    }
}
