package org.assay.framework.api;

import java.math.BigDecimal;
import java.util.List;
import org.assay.framework.ThresholdDirection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("NumericThresholds")
@Description("The four scoring thresholds of a NUMBER indicator, ascending; each reached threshold is worth 25 points.")
public record ThresholdsView(
        @NonNull @Description("Whether higher or lower values are better.") ThresholdDirection direction,
        @NonNull @Description("The four thresholds, strictly ascending.") List<@NonNull BigDecimal> values) {
}
