package org.assay.assessment.api;

import org.assay.framework.scoring.ThemeScore;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

/** A theme's score (also shown by sharing and the portfolio overview). */
@Name("ThemeScore")
@Description("A theme's score: weighted mean of its scored indicators.")
public record ThemeScoreView(@NonNull @Description("Theme code.") String code,
                             @NonNull @Description("Theme weight in the overall score.") BigDecimal weight,
                             @Description("Score 0–100; null when nothing in the theme is scored.") BigDecimal score,
                             @Description("Number of indicators that counted.") int scoredIndicatorCount) {

    public static ThemeScoreView of(ThemeScore t) {
        return new ThemeScoreView(t.code(), t.weight(), t.score(), t.scoredIndicatorCount());
    }
}
