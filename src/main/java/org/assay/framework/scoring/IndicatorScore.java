package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.assay.framework.Classification;

/**
 * One indicator's line in the score card.
 *
 * @param weight the indicator's weight in its theme (scale 2)
 * @param score  0-100 (scale 2) when {@link IndicatorScoreStatus#SCORED}, otherwise null
 */
public record IndicatorScore(String code, String themeCode, Classification classification, BigDecimal weight,
                             BigDecimal score, IndicatorScoreStatus status) {

    public IndicatorScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(themeCode, "themeCode");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(status, "status");
        if ((score != null) != (status == IndicatorScoreStatus.SCORED)) {
            throw new IllegalArgumentException("indicator " + code + ": a score is present exactly when the status is SCORED");
        }
    }

    /** Whether this indicator counts in its theme's weighted mean. */
    public boolean counted() {
        return status == IndicatorScoreStatus.SCORED;
    }
}
