package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.assay.framework.scoring.Rating;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;

/**
 * Scores an assessment (domain §4, "Scoring — a diagnostic, not pass/fail"). Stateless and thread-safe.
 *
 * <ol>
 *   <li>Indicator score 0-100: yes 100 / no 0; maturity 0-4 → 0, 25, 50, 75, 100; numbers through the
 *       indicator's thresholds. TEXT and DOCUMENT indicators are never scored. "Not applicable" and unanswered
 *       scored indicators leave the denominator (unanswered ones are listed in {@link ScoreCard#unanswered()}).</li>
 *   <li>Theme score: weighted mean (indicator weights) of the theme's scored indicators, rounded to 2 decimals
 *       half up; null when the theme has no scored indicator.</li>
 *   <li>Overall: weighted mean (theme weights) of the themes that have a score, computed from the rounded
 *       theme scores and rounded to 2 decimals half up; null when no theme has a score.</li>
 *   <li>Band rating: {@link #band(BigDecimal, ScoringRules)}.</li>
 *   <li>Caps: an essential indicator scoring below {@link ScoringRules#essentialFloor()} caps at
 *       {@link ScoringRules#essentialCap()}; an open critical finding caps at {@link ScoringRules#openCriticalCap()}.
 *       The rating is the worse of the band rating and every cap whose condition holds.</li>
 * </ol>
 */
public final class Scorer {

    /**
     * Scores one assessment.
     *
     * @param themes               the framework version's themes
     * @param indicators           the indicators applicable to this assessment (each in one of {@code themes})
     * @param answersByCode        answers keyed by indicator code; a scored indicator without an entry is unanswered
     * @param openCriticalFindings number of critical findings still open (not verified closed), ≥ 0
     * @param rules                the framework version's scoring rules
     * @throws ScoringInputException when codes are duplicated or unknown, an answer does not fit its indicator's
     *                               type, or an essential indicator is not applicable without a justification
     */
    public ScoreCard score(List<Theme> themes, List<ScoredIndicator> indicators, Map<String, AnswerValue> answersByCode,
                           int openCriticalFindings, ScoringRules rules) {
        Objects.requireNonNull(themes, "themes");
        Objects.requireNonNull(indicators, "indicators");
        Objects.requireNonNull(answersByCode, "answersByCode");
        Objects.requireNonNull(rules, "rules");
        if (openCriticalFindings < 0) {
            throw new IllegalArgumentException("openCriticalFindings must be zero or more, got " + openCriticalFindings);
        }

        Map<String, Theme> themesByCode = new LinkedHashMap<>();
        for (Theme theme : themes) {
            Objects.requireNonNull(theme, "theme");
            if (themesByCode.putIfAbsent(theme.code(), theme) != null) {
                throw new ScoringInputException(ScoringInputException.Reason.DUPLICATE_THEME, theme.code(),
                        "theme " + theme.code() + " is listed twice");
            }
        }
        Set<String> indicatorCodes = new HashSet<>();
        for (ScoredIndicator indicator : indicators) {
            Objects.requireNonNull(indicator, "indicator");
            if (!indicatorCodes.add(indicator.code())) {
                throw new ScoringInputException(ScoringInputException.Reason.DUPLICATE_INDICATOR, indicator.code(),
                        "indicator " + indicator.code() + " is listed twice");
            }
            if (!themesByCode.containsKey(indicator.themeCode())) {
                throw new ScoringInputException(ScoringInputException.Reason.UNKNOWN_THEME, indicator.code(),
                        "indicator " + indicator.code() + " belongs to unknown theme " + indicator.themeCode());
            }
        }
        for (String code : answersByCode.keySet()) {
            if (!indicatorCodes.contains(code)) {
                throw new ScoringInputException(ScoringInputException.Reason.UNKNOWN_INDICATOR, code,
                        "answer given for unknown indicator " + code);
            }
        }

        // 1. Indicators.
        List<IndicatorScore> indicatorScores = new ArrayList<>(indicators.size());
        List<String> unanswered = new ArrayList<>();
        for (ScoredIndicator indicator : indicators) {
            IndicatorScore result = scoreIndicator(indicator, answersByCode.get(indicator.code()));
            if (result.status() == IndicatorScoreStatus.UNANSWERED) {
                unanswered.add(indicator.code());
            }
            indicatorScores.add(result);
        }

        // 2. Themes.
        List<ThemeScore> themeScores = new ArrayList<>(themesByCode.size());
        for (Theme theme : themesByCode.values()) {
            List<IndicatorScore> counted = indicatorScores.stream()
                    .filter(i -> i.counted() && i.themeCode().equals(theme.code()))
                    .toList();
            BigDecimal score = weightedMean(counted.stream().map(i -> new Term(i.score(), i.weight())).toList());
            themeScores.add(new ThemeScore(theme.code(), theme.weight(), score, counted.size()));
        }

        // 3. Overall and band.
        BigDecimal overall = weightedMean(themeScores.stream()
                .filter(t -> t.score() != null)
                .map(t -> new Term(t.score(), t.weight()))
                .toList());
        Rating bandRating = band(overall, rules);

        // 4. Caps.
        List<AppliedCap> caps = new ArrayList<>(2);
        List<IndicatorScore> belowFloor = indicatorScores.stream()
                .filter(i -> i.counted() && i.classification() == Classification.ESSENTIAL
                        && i.score().compareTo(rules.essentialFloor()) < 0)
                .toList();
        if (!belowFloor.isEmpty()) {
            String list = belowFloor.stream()
                    .map(i -> i.code() + " (" + i.score().toPlainString() + ")")
                    .collect(Collectors.joining(", "));
            String reason = (belowFloor.size() == 1 ? "Essential indicator" : "Essential indicators")
                    + " below the floor of " + rules.essentialFloor().toPlainString() + ": " + list
                    + "; rating capped at " + rules.essentialCap() + ".";
            caps.add(new AppliedCap(CapKind.ESSENTIAL_BELOW_FLOOR, rules.essentialCap(), reason,
                    belowFloor.stream().map(IndicatorScore::code).toList(), lowers(rules.essentialCap(), bandRating)));
        }
        if (openCriticalFindings > 0) {
            String reason = openCriticalFindings + " open critical finding" + (openCriticalFindings == 1 ? "" : "s")
                    + "; rating capped at " + rules.openCriticalCap() + ".";
            caps.add(new AppliedCap(CapKind.OPEN_CRITICAL_FINDING, rules.openCriticalCap(), reason, List.of(),
                    lowers(rules.openCriticalCap(), bandRating)));
        }

        Rating rating = bandRating;
        if (rating != null) {
            for (AppliedCap cap : caps) {
                rating = Rating.min(rating, cap.cappedAt());
            }
        }
        return new ScoreCard(indicatorScores, themeScores, overall, bandRating, rating, caps, unanswered);
    }

    /**
     * The rating band of an overall score, before caps: the overall is rounded to 2 decimals half up, then
     * the best rating whose lower bound it reaches is returned (C when it reaches none).
     * With the default rules 84.99 → AA and 85.00 → AAA.
     *
     * @param overall a score between 0 and 100, or null
     * @return the band rating, or null when {@code overall} is null (nothing to rate)
     */
    public static Rating band(BigDecimal overall, ScoringRules rules) {
        Objects.requireNonNull(rules, "rules");
        if (overall == null) {
            return null;
        }
        if (overall.signum() < 0 || overall.compareTo(Scores.HUNDRED) > 0) {
            throw new IllegalArgumentException("overall score must be between 0 and 100, got " + overall.toPlainString());
        }
        BigDecimal rounded = Scores.round(overall);
        for (Rating rating : Rating.values()) {
            if (rating != Rating.C && rounded.compareTo(rules.lowerBound(rating)) >= 0) {
                return rating;
            }
        }
        return Rating.C;
    }

    /** The 0-100 score (scale 2) of a scored answer that fits the indicator. */
    static BigDecimal answerScore(ScoredIndicator indicator, AnswerValue answer) {
        return switch (answer.kind()) {
            case YES_NO -> answer.yesNo() ? Scores.HUNDRED : Scores.ZERO;
            case MATURITY -> Scores.score(25 * answer.maturityLevel());
            case NUMBER -> indicator.thresholds().score(answer.numberValue());
            case TEXT, DOCUMENT, NOT_APPLICABLE ->
                    throw new IllegalStateException(answer.kind() + " answers have no score");
        };
    }

    private static IndicatorScore scoreIndicator(ScoredIndicator indicator, AnswerValue answer) {
        AnswerType type = indicator.answerType();
        if (answer != null && !answer.fits(type)) {
            throw new ScoringInputException(ScoringInputException.Reason.ANSWER_TYPE_MISMATCH, indicator.code(),
                    "indicator " + indicator.code() + " expects a " + type + " answer, got " + answer);
        }
        if (answer != null && answer.isNotApplicable() && indicator.essential() && answer.justification() == null) {
            throw new ScoringInputException(ScoringInputException.Reason.JUSTIFICATION_REQUIRED, indicator.code(),
                    "essential indicator " + indicator.code() + " can be not applicable only with a justification");
        }
        IndicatorScoreStatus status;
        BigDecimal score = null;
        if (!type.scored()) {
            status = IndicatorScoreStatus.NOT_SCORED_TYPE;
        } else if (answer == null) {
            status = IndicatorScoreStatus.UNANSWERED;
        } else if (answer.isNotApplicable()) {
            status = IndicatorScoreStatus.NOT_APPLICABLE;
        } else {
            status = IndicatorScoreStatus.SCORED;
            score = answerScore(indicator, answer);
        }
        return new IndicatorScore(indicator.code(), indicator.themeCode(), indicator.classification(), indicator.weight(),
                score, status);
    }

    private record Term(BigDecimal score, BigDecimal weight) {
    }

    /** Σ(score × weight) / Σ weight rounded to scale 2 half up (exact until that one rounding); null for no terms. Weights are positive. */
    private static BigDecimal weightedMean(List<Term> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Term term : terms) {
            sum = sum.add(term.score().multiply(term.weight()));
            weights = weights.add(term.weight());
        }
        return sum.divide(weights, Scores.SCALE, Scores.ROUNDING);
    }

    /** Whether a cap at {@code cap} brings {@code band} down (false when there is nothing to rate). */
    private static boolean lowers(Rating cap, Rating band) {
        return band != null && !cap.isAtLeast(band);
    }
}
