package org.assay.framework.scoring;

/** Why an indicator does or does not count in its theme score. */
@org.eclipse.microprofile.graphql.Description("Whether and why an indicator counted in the score.")
public enum IndicatorScoreStatus {
    /** Answered with a scored answer type: counts with its weight. */
    @org.eclipse.microprofile.graphql.Description("Answered and scored 0-100.")
    SCORED,
    /** Declared not applicable: leaves the denominator. */
    @org.eclipse.microprofile.graphql.Description("Marked not applicable: leaves the denominator.")
    NOT_APPLICABLE,
    /** TEXT or DOCUMENT indicator: never scored, answered or not. */
    @org.eclipse.microprofile.graphql.Description("TEXT or DOCUMENT indicator: never scored.")
    NOT_SCORED_TYPE,
    /** Scored type but no answer: leaves the denominator and is listed in {@link ScoreCard#unanswered()}. */
    @org.eclipse.microprofile.graphql.Description("Scored indicator without an answer: leaves the denominator.")
    UNANSWERED
}
