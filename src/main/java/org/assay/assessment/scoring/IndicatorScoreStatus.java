package org.assay.assessment.scoring;

/** Why an indicator does or does not count in its theme score. */
public enum IndicatorScoreStatus {
    /** Answered with a scored answer type: counts with its weight. */
    SCORED,
    /** Declared not applicable: leaves the denominator. */
    NOT_APPLICABLE,
    /** TEXT or DOCUMENT indicator: never scored, answered or not. */
    NOT_SCORED_TYPE,
    /** Scored type but no answer: leaves the denominator and is listed in {@link ScoreCard#unanswered()}. */
    UNANSWERED
}
