package org.assay.assessment.api;

import org.assay.framework.scoring.IndicatorScoreStatus;
import org.assay.framework.Classification;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** One indicator's contribution to a rating breakdown. */
@Name("IndicatorScore")
@Description("One indicator's contribution.")
public record IndicatorScoreView(@NonNull @Description("Indicator code.") String code,
                                 @NonNull @Description("Theme it belongs to.") String themeCode,
                                 @NonNull @Description("Essential or optional.") Classification classification,
                                 @NonNull @Description("Weight within its theme.") BigDecimal weight,
                                 @Description("Score 0–100; null when not scored.") BigDecimal score,
                                 @NonNull @Description("Whether and why it counted.") IndicatorScoreStatus status) {
}
