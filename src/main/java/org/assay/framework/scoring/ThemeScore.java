package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One theme's line in the score card.
 *
 * @param weight               the theme's weight in the overall score (scale 2)
 * @param score                weighted mean (scale 2) of the theme's scored indicators; null when none was
 *                             scored, in which case the theme leaves the overall denominator
 * @param scoredIndicatorCount how many of the theme's indicators have status SCORED
 */
public record ThemeScore(String code, BigDecimal weight, BigDecimal score, int scoredIndicatorCount) {

    public ThemeScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(weight, "weight");
        if ((score != null) != (scoredIndicatorCount > 0)) {
            throw new IllegalArgumentException("theme " + code + ": a score is present exactly when an indicator was scored");
        }
    }
}
