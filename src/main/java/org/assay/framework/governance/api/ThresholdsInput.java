package org.assay.framework.governance.api;

import java.math.BigDecimal;
import java.util.List;
import org.assay.framework.ThresholdDirection;
import org.assay.framework.document.IndicatorSpec;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("NumericThresholdsInput")
@Description("The four scoring thresholds of a NUMBER indicator.")
public class ThresholdsInput {
    @NonNull @Description("Whether higher or lower values are better.")
    public ThresholdDirection direction;
    @NonNull @Description("Exactly four values, strictly ascending.")
    public List<@NonNull BigDecimal> values;

    IndicatorSpec.Thresholds thresholds() {
        return new IndicatorSpec.Thresholds(direction, values == null ? List.of() : values);
    }
}
