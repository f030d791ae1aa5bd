package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

/** Which way a numeric indicator's thresholds run. */
@Description("Which way a numeric indicator's four scoring thresholds run.")
public enum ThresholdDirection {

    @Description("Larger values are better: at or above the 4th threshold scores 100, the 3rd 75, the 2nd 50, the 1st 25, below it 0.")
    HIGHER_IS_BETTER,

    @Description("Smaller values are better: at or below the 1st threshold scores 100, the 2nd 75, the 3rd 50, the 4th 25, above it 0.")
    LOWER_IS_BETTER
}
