package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoreCard;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Why an assessment has its rating; {@code assessment} by {@link AssessmentLinks}. */
@Name("RatingBreakdown")
@Description("Why an assessment has its rating: every indicator's score and weight, every theme's score, and the caps.")
public record BreakdownView(
        @NonNull @Id @Deprecated(reason = "Use `assessment { id }`: an assessment's id is its global id now; this field keeps the legacy "
                + "raw id until it is removed.") @Description("The legacy raw id of the assessment.") String assessmentId,
        @Description("Overall score 0–100: weighted mean of theme scores; null when nothing is scored.") BigDecimal overall,
        @Description("Rating from the score band alone.") Rating bandRating,
        @Description("Rating after caps.") Rating rating,
        @NonNull @Description("Theme scores.") List<@NonNull ThemeScoreView> themes,
        @NonNull @Description("Indicator scores.") List<@NonNull IndicatorScoreView> indicators,
        @NonNull @Description("Caps whose condition holds (and whether they lowered the rating).") List<@NonNull CapView> caps,
        @NonNull @Description("Scored indicators without an answer (they leave the denominator).") List<@NonNull String> unanswered,
        @Ignore UUID assessmentKey) {

    static BreakdownView of(UUID id, ScoreCard c) {
        return new BreakdownView(id.toString(), c.overall(), c.bandRating(), c.rating(),
                c.themes().stream().map(ThemeScoreView::of).toList(),
                c.indicators().stream().map(i -> new IndicatorScoreView(i.code(), i.themeCode(), i.classification(), i.weight(), i.score(), i.status())).toList(),
                c.caps().stream().map(CapView::of).toList(), c.unanswered(), id);
    }
}
