package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.Objects;

import org.assay.framework.AnswerType;
import org.assay.framework.Classification;

/**
 * An indicator as the scorer needs it: its code, the theme it rolls up to (the intermediate topic and aspect
 * tiers do not affect the score), how it is answered, essential or optional, and its weight within its theme.
 *
 * @param weight     weight within the theme, at most 2 decimals; positive for scored answer types (a zero or
 *                   negative weight would make the weighted mean meaningless), zero or positive for TEXT/DOCUMENT
 *                   (ignored). Stored at scale 2.
 * @param thresholds required for NUMBER indicators, must be null for every other answer type
 */
public record ScoredIndicator(String code, String themeCode, AnswerType answerType, Classification classification,
                              BigDecimal weight, NumericThresholds thresholds) {

    public ScoredIndicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(themeCode, "themeCode");
        Objects.requireNonNull(answerType, "answerType");
        Objects.requireNonNull(classification, "classification");
        weight = Scores.weight(weight, "indicator " + code, !answerType.scored());
        if (answerType == AnswerType.NUMBER && thresholds == null) {
            throw new IllegalArgumentException("NUMBER indicator " + code + " needs numeric thresholds");
        }
        if (answerType != AnswerType.NUMBER && thresholds != null) {
            throw new IllegalArgumentException(answerType + " indicator " + code + " cannot have numeric thresholds");
        }
    }

    /** An indicator of any type except NUMBER. */
    public static ScoredIndicator of(String code, String themeCode, AnswerType answerType, Classification classification,
                                     BigDecimal weight) {
        return new ScoredIndicator(code, themeCode, answerType, classification, weight, null);
    }

    /** A NUMBER indicator. */
    public static ScoredIndicator number(String code, String themeCode, Classification classification, BigDecimal weight,
                                         NumericThresholds thresholds) {
        return new ScoredIndicator(code, themeCode, AnswerType.NUMBER, classification, weight, thresholds);
    }

    public boolean essential() {
        return classification == Classification.ESSENTIAL;
    }
}
