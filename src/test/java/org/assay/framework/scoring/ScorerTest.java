package org.assay.framework.scoring;

import static org.assay.framework.Classification.ESSENTIAL;
import static org.assay.framework.Classification.OPTIONAL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assay.framework.scoring.Rating;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ThresholdDirection;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

    private static final ScoringRules RULES = ScoringRules.defaults();
    private final Scorer scorer = new Scorer();

    // ---------------------------------------------------------------- helpers

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Theme theme(String code, String weight) {
        return new Theme(code, d(weight));
    }

    private static ScoredIndicator yesNo(String code, String theme, Classification classification, String weight) {
        return ScoredIndicator.of(code, theme, AnswerType.YES_NO, classification, d(weight));
    }

    private static ScoredIndicator maturity(String code, String theme, Classification classification, String weight) {
        return ScoredIndicator.of(code, theme, AnswerType.MATURITY, classification, d(weight));
    }

    private static Map<String, AnswerValue> answers(Object... codeAndAnswer) {
        Map<String, AnswerValue> map = new LinkedHashMap<>();
        for (int i = 0; i < codeAndAnswer.length; i += 2) {
            map.put((String) codeAndAnswer[i], (AnswerValue) codeAndAnswer[i + 1]);
        }
        return map;
    }

    /**
     * A one-theme assessment whose overall score is exactly {@code target} (2 decimals): two maturity indicators at
     * the 25-point steps around the target, weighted so that the weighted mean is the target, plus {@code extra}.
     * For target T between steps lo and hi: weights (hi − T) on lo and (T − lo) on hi give
     * (lo·(hi − T) + hi·(T − lo)) / 25 = T exactly.
     */
    private ScoreCard scoreAt(String target, int openCriticalFindings, ScoredIndicator extra, AnswerValue extraAnswer) {
        BigDecimal t = d(target);
        int lowLevel = t.divideToIntegralValue(d("25")).intValueExact();
        BigDecimal lo = d("25").multiply(BigDecimal.valueOf(lowLevel));
        List<ScoredIndicator> indicators = new ArrayList<>();
        Map<String, AnswerValue> answers = new HashMap<>();
        if (t.compareTo(lo) == 0) {
            indicators.add(maturity("LO", "T", OPTIONAL, "1"));
            answers.put("LO", AnswerValue.maturity(lowLevel));
        } else {
            BigDecimal hi = lo.add(d("25"));
            indicators.add(maturity("LO", "T", OPTIONAL, hi.subtract(t).toPlainString()));
            indicators.add(maturity("HI", "T", OPTIONAL, t.subtract(lo).toPlainString()));
            answers.put("LO", AnswerValue.maturity(lowLevel));
            answers.put("HI", AnswerValue.maturity(lowLevel + 1));
        }
        if (extra != null) {
            indicators.add(extra);
            if (extraAnswer != null) {
                answers.put(extra.code(), extraAnswer);
            }
        }
        return scorer.score(List.of(theme("T", "1")), indicators, answers, openCriticalFindings, RULES);
    }

    private ScoreCard scoreAt(String target, int openCriticalFindings) {
        return scoreAt(target, openCriticalFindings, null, null);
    }

    // ---------------------------------------------------------------- bands

    @Nested
    @DisplayName("rating bands")
    class Bands {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "100,    AAA",
                "85.00,  AAA",
                "85,     AAA",
                "84.995, AAA", // rounds half up to 85.00
                "84.994, AA",
                "84.99,  AA",
                "75.00,  AA",
                "74.99,  A",
                "65.00,  A",
                "64.99,  BBB",
                "55.00,  BBB",
                "54.99,  BB",
                "45.00,  BB",
                "44.99,  B",
                "35.00,  B",
                "34.99,  C",
                "0,      C",
        })
        void bandOfOverall(String overall, Rating expected) {
            assertEquals(expected, Scorer.band(d(overall), RULES));
        }

        @ParameterizedTest(name = "overall {0} -> {1}")
        @CsvSource({
                "100.00, AAA",
                "85.00,  AAA",
                "84.99,  AA",
                "75.00,  AA",
                "74.99,  A",
                "65.00,  A",
                "64.99,  BBB",
                "55.00,  BBB",
                "54.99,  BB",
                "45.00,  BB",
                "44.99,  B",
                "35.00,  B",
                "34.99,  C",
                "0.01,   C",
                "0.00,   C",
        })
        void bandBoundariesThroughTheScorer(String target, Rating expected) {
            ScoreCard card = scoreAt(target, 0);
            assertAll(
                    () -> assertEquals(d(target), card.overall()),
                    () -> assertEquals(expected, card.bandRating()),
                    () -> assertEquals(expected, card.rating()),
                    () -> assertTrue(card.caps().isEmpty()));
        }

        @Test
        void bandOfNullIsNull() {
            assertNull(Scorer.band(null, RULES));
        }

        @ParameterizedTest
        @CsvSource({"-0.01", "100.01"})
        void bandRejectsScoresOutsideZeroToHundred(String overall) {
            assertThrows(IllegalArgumentException.class, () -> Scorer.band(d(overall), RULES));
        }

        @Test
        void bandsComeFromTheRules() {
            ScoringRules strict = RULES.withBandLowerBounds(Map.of(
                    Rating.AAA, d("95"), Rating.AA, d("90"), Rating.A, d("80"),
                    Rating.BBB, d("70"), Rating.BB, d("60"), Rating.B, d("50")));
            assertAll(
                    () -> assertEquals(Rating.AA, Scorer.band(d("94.99"), strict)),
                    () -> assertEquals(Rating.AAA, Scorer.band(d("95"), strict)),
                    () -> assertEquals(Rating.C, Scorer.band(d("49.99"), strict)));
        }
    }

    // ---------------------------------------------------------------- indicator scores

    @Nested
    @DisplayName("indicator scores")
    class IndicatorScores {

        @ParameterizedTest(name = "maturity {0} -> {1}")
        @CsvSource({"0, 0.00", "1, 25.00", "2, 50.00", "3, 75.00", "4, 100.00"})
        void maturityLevels(int level, String expected) {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(maturity("M", "ENV", OPTIONAL, "1")),
                    answers("M", AnswerValue.maturity(level)), 0, RULES);
            assertEquals(d(expected), card.indicator("M").orElseThrow().score());
            assertEquals(d(expected), card.overall());
        }

        @ParameterizedTest(name = "yes={0} -> {1}")
        @CsvSource({"true, 100.00", "false, 0.00"})
        void yesNo(boolean answer, String expected) {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(ScorerTest.yesNo("Y", "ENV", OPTIONAL, "1")),
                    answers("Y", AnswerValue.yes(answer)), 0, RULES);
            IndicatorScore result = card.indicator("Y").orElseThrow();
            assertEquals(d(expected), result.score());
            assertEquals(IndicatorScoreStatus.SCORED, result.status());
        }

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
                "HIGHER_IS_BETTER, 5,     0.00",
                "HIGHER_IS_BETTER, 10,    25.00",
                "HIGHER_IS_BETTER, 25,    50.00",
                "HIGHER_IS_BETTER, 30,    75.00",
                "HIGHER_IS_BETTER, 40.5,  100.00",
                "LOWER_IS_BETTER,  5,     100.00",
                "LOWER_IS_BETTER,  10.01, 75.00",
                "LOWER_IS_BETTER,  30,    50.00",
                "LOWER_IS_BETTER,  40,    25.00",
                "LOWER_IS_BETTER,  41,    0.00",
        })
        void numbersGoThroughTheIndicatorsThresholds(ThresholdDirection direction, String value, String expected) {
            ScoredIndicator water = ScoredIndicator.number("W", "ENV", OPTIONAL, d("1"),
                    NumericThresholds.of(direction, "10", "20", "30", "40"));
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(water),
                    answers("W", AnswerValue.number(d(value))), 0, RULES);
            assertEquals(d(expected), card.indicator("W").orElseThrow().score());
        }
    }

    // ---------------------------------------------------------------- weighted means

    @Nested
    @DisplayName("weighted means")
    class WeightedMeans {

        @Test
        void indicatorWeightsMakeTheThemeScoreAWeightedMean() {
            // yes (weight 3) and no (weight 1): plain mean 50, weighted mean 75
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(yesNo("A", "ENV", OPTIONAL, "3"), yesNo("B", "ENV", OPTIONAL, "1")),
                    answers("A", AnswerValue.yes(true), "B", AnswerValue.yes(false)), 0, RULES);
            ThemeScore env = card.theme("ENV").orElseThrow();
            assertAll(
                    () -> assertEquals(d("75.00"), env.score()),
                    () -> assertEquals(2, env.scoredIndicatorCount()),
                    () -> assertEquals(d("75.00"), card.overall()),
                    () -> assertEquals(Rating.AA, card.rating()));
        }

        @Test
        void fractionalWeights() {
            // 100 × 0.5 + 25 × 1.5 = 87.5 over 2 → 43.75
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(maturity("A", "ENV", OPTIONAL, "0.5"), maturity("B", "ENV", OPTIONAL, "1.5")),
                    answers("A", AnswerValue.maturity(4), "B", AnswerValue.maturity(1)), 0, RULES);
            assertEquals(d("43.75"), card.overall());
            assertEquals(Rating.B, card.rating());
        }

        @Test
        void themeWeightsMakeTheOverallAWeightedMean() {
            // ENV 100 (weight 2), SOC 0 (weight 1): plain mean 50, weighted mean 66.67
            ScoreCard card = scorer.score(List.of(theme("ENV", "2"), theme("SOC", "1")),
                    List.of(yesNo("E", "ENV", OPTIONAL, "1"), yesNo("S", "SOC", OPTIONAL, "1")),
                    answers("E", AnswerValue.yes(true), "S", AnswerValue.yes(false)), 0, RULES);
            assertAll(
                    () -> assertEquals(d("100.00"), card.theme("ENV").orElseThrow().score()),
                    () -> assertEquals(d("0.00"), card.theme("SOC").orElseThrow().score()),
                    () -> assertEquals(d("66.67"), card.overall()),
                    () -> assertEquals(Rating.A, card.rating()));
        }

        @Test
        void theOverallIsComputedFromTheRoundedThemeScoresShownOnTheCard() {
            // ENV: yes, yes, no → 66.666… shown as 66.67; SOC: yes, no, no → 33.333… shown as 33.33.
            // Equal theme weights: (66.67 + 33.33) / 2 = 50.00, reproducible from the card.
            ScoreCard card = scorer.score(List.of(theme("ENV", "1"), theme("SOC", "1")),
                    List.of(yesNo("E1", "ENV", OPTIONAL, "1"), yesNo("E2", "ENV", OPTIONAL, "1"), yesNo("E3", "ENV", OPTIONAL, "1"),
                            yesNo("S1", "SOC", OPTIONAL, "1"), yesNo("S2", "SOC", OPTIONAL, "1"), yesNo("S3", "SOC", OPTIONAL, "1")),
                    answers("E1", AnswerValue.yes(true), "E2", AnswerValue.yes(true), "E3", AnswerValue.yes(false),
                            "S1", AnswerValue.yes(true), "S2", AnswerValue.yes(false), "S3", AnswerValue.yes(false)),
                    0, RULES);
            assertAll(
                    () -> assertEquals(d("66.67"), card.theme("ENV").orElseThrow().score()),
                    () -> assertEquals(d("33.33"), card.theme("SOC").orElseThrow().score()),
                    () -> assertEquals(d("50.00"), card.overall()));
        }

        @Test
        void scoresAndWeightsAreAtScaleTwo() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(yesNo("A", "ENV", OPTIONAL, "2")),
                    answers("A", AnswerValue.yes(true)), 0, RULES);
            assertAll(
                    () -> assertEquals(2, card.overall().scale()),
                    () -> assertEquals(2, card.theme("ENV").orElseThrow().score().scale()),
                    () -> assertEquals(d("1.00"), card.theme("ENV").orElseThrow().weight()),
                    () -> assertEquals(d("2.00"), card.indicator("A").orElseThrow().weight()),
                    () -> assertEquals(d("100.00"), card.indicator("A").orElseThrow().score()));
        }
    }

    // ---------------------------------------------------------------- what leaves the denominator

    @Nested
    @DisplayName("denominator")
    class Denominator {

        @Test
        void notApplicableLeavesTheDenominator() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(yesNo("A", "ENV", OPTIONAL, "1"), yesNo("B", "ENV", OPTIONAL, "5")),
                    answers("A", AnswerValue.yes(true), "B", AnswerValue.notApplicable(null)), 0, RULES);
            IndicatorScore b = card.indicator("B").orElseThrow();
            assertAll(
                    () -> assertEquals(IndicatorScoreStatus.NOT_APPLICABLE, b.status()),
                    () -> assertNull(b.score()),
                    () -> assertEquals(1, card.theme("ENV").orElseThrow().scoredIndicatorCount()),
                    () -> assertEquals(d("100.00"), card.overall()),
                    () -> assertEquals(Rating.AAA, card.rating()),
                    () -> assertTrue(card.complete()));
        }

        @Test
        void essentialNotApplicableWithJustificationLeavesTheDenominatorWithoutCap() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(yesNo("A", "ENV", OPTIONAL, "1"), yesNo("TAILINGS", "ENV", ESSENTIAL, "3")),
                    answers("A", AnswerValue.yes(true),
                            "TAILINGS", AnswerValue.notApplicable("Trading hub: no tailings facility")),
                    0, RULES);
            assertEquals(IndicatorScoreStatus.NOT_APPLICABLE, card.indicator("TAILINGS").orElseThrow().status());
            assertEquals(Rating.AAA, card.rating());
            assertTrue(card.caps().isEmpty());
        }

        @Test
        void textAndDocumentIndicatorsAreNotCounted() {
            List<ScoredIndicator> indicators = List.of(
                    yesNo("A", "ENV", OPTIONAL, "1"),
                    ScoredIndicator.of("POLICY", "ENV", AnswerType.DOCUMENT, ESSENTIAL, d("10")),
                    ScoredIndicator.of("NOTES", "ENV", AnswerType.TEXT, OPTIONAL, d("0")),
                    ScoredIndicator.of("REPORT", "ENV", AnswerType.DOCUMENT, OPTIONAL, d("4")));
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), indicators,
                    answers("A", AnswerValue.yes(false), "POLICY", AnswerValue.document(), "NOTES", AnswerValue.text()),
                    0, RULES);
            assertAll(
                    () -> assertEquals(IndicatorScoreStatus.NOT_SCORED_TYPE, card.indicator("POLICY").orElseThrow().status()),
                    () -> assertEquals(IndicatorScoreStatus.NOT_SCORED_TYPE, card.indicator("NOTES").orElseThrow().status()),
                    // an unanswered DOCUMENT indicator is not "unanswered" for scoring
                    () -> assertEquals(IndicatorScoreStatus.NOT_SCORED_TYPE, card.indicator("REPORT").orElseThrow().status()),
                    () -> assertNull(card.indicator("POLICY").orElseThrow().score()),
                    () -> assertEquals(1, card.theme("ENV").orElseThrow().scoredIndicatorCount()),
                    () -> assertEquals(d("0.00"), card.overall()),
                    () -> assertTrue(card.unanswered().isEmpty()),
                    // an essential DOCUMENT indicator has no score, so it cannot trigger the essential cap
                    () -> assertTrue(card.caps().isEmpty()));
        }

        @Test
        void aThemeWithoutScoredIndicatorsHasNoScoreAndLeavesTheOverallDenominator() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1"), theme("GOV", "9"), theme("SOC", "5")),
                    List.of(yesNo("E", "ENV", OPTIONAL, "1"),
                            ScoredIndicator.of("G", "GOV", AnswerType.TEXT, OPTIONAL, d("1")),
                            yesNo("S", "SOC", OPTIONAL, "1")),
                    answers("E", AnswerValue.yes(true), "G", AnswerValue.text(), "S", AnswerValue.notApplicable("n/a")),
                    0, RULES);
            assertAll(
                    () -> assertEquals(d("100.00"), card.theme("ENV").orElseThrow().score()),
                    () -> assertNull(card.theme("GOV").orElseThrow().score()),
                    () -> assertEquals(0, card.theme("GOV").orElseThrow().scoredIndicatorCount()),
                    () -> assertNull(card.theme("SOC").orElseThrow().score()),
                    () -> assertEquals(d("100.00"), card.overall()),
                    () -> assertEquals(List.of("ENV", "GOV", "SOC"), card.themes().stream().map(ThemeScore::code).toList()));
        }

        @Test
        void unansweredScoredIndicatorsLeaveTheDenominatorAndAreReported() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(yesNo("A", "ENV", OPTIONAL, "1"), yesNo("B", "ENV", ESSENTIAL, "1"), maturity("C", "ENV", OPTIONAL, "1")),
                    answers("A", AnswerValue.yes(true)), 0, RULES);
            assertAll(
                    () -> assertEquals(List.of("B", "C"), card.unanswered()),
                    () -> assertFalse(card.complete()),
                    () -> assertEquals(IndicatorScoreStatus.UNANSWERED, card.indicator("B").orElseThrow().status()),
                    () -> assertNull(card.indicator("B").orElseThrow().score()),
                    () -> assertEquals(d("100.00"), card.overall()),
                    () -> assertTrue(card.caps().isEmpty()));
        }

        @Test
        void noAnswersAtAllMeansNothingToRate() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1"), theme("SOC", "1")),
                    List.of(yesNo("A", "ENV", ESSENTIAL, "1"), maturity("B", "SOC", OPTIONAL, "1")),
                    Map.of(), 0, RULES);
            assertAll(
                    () -> assertNull(card.overall()),
                    () -> assertNull(card.bandRating()),
                    () -> assertNull(card.rating()),
                    () -> assertFalse(card.rated()),
                    () -> assertNull(card.theme("ENV").orElseThrow().score()),
                    () -> assertNull(card.theme("SOC").orElseThrow().score()),
                    () -> assertEquals(List.of("A", "B"), card.unanswered()),
                    () -> assertTrue(card.caps().isEmpty()));
        }

        @Test
        void everythingNotApplicableMeansNothingToRate() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(yesNo("A", "ENV", OPTIONAL, "1"), maturity("B", "ENV", OPTIONAL, "1")),
                    answers("A", AnswerValue.notApplicable(null), "B", AnswerValue.notApplicable("no water use")), 0, RULES);
            assertNull(card.overall());
            assertNull(card.rating());
            assertTrue(card.complete());
        }

        @Test
        void noIndicatorsAtAllMeansNothingToRate() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(), Map.of(), 0, RULES);
            assertNull(card.rating());
            assertTrue(card.indicators().isEmpty());
        }
    }

    // ---------------------------------------------------------------- caps

    @Nested
    @DisplayName("caps")
    class Caps {

        @Test
        void anEssentialIndicatorBelowTheFloorCapsAGreatScoreAtBB() {
            // 19 × 100 + 1 × 25 over 20 → 96.25, band AAA; the essential indicator at 25 caps at BB
            List<ScoredIndicator> indicators = new ArrayList<>();
            Map<String, AnswerValue> answers = new HashMap<>();
            for (int i = 1; i <= 19; i++) {
                indicators.add(yesNo("OK" + i, "ENV", OPTIONAL, "1"));
                answers.put("OK" + i, AnswerValue.yes(true));
            }
            indicators.add(maturity("CHILD_LABOUR", "ENV", ESSENTIAL, "1"));
            answers.put("CHILD_LABOUR", AnswerValue.maturity(1));
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), indicators, answers, 0, RULES);

            AppliedCap cap = card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).orElseThrow();
            assertAll(
                    () -> assertEquals(d("96.25"), card.overall()),
                    () -> assertEquals(Rating.AAA, card.bandRating()),
                    () -> assertEquals(Rating.BB, card.rating()),
                    () -> assertEquals(1, card.caps().size()),
                    () -> assertEquals(Rating.BB, cap.cappedAt()),
                    () -> assertTrue(cap.lowered()),
                    () -> assertEquals(List.of("CHILD_LABOUR"), cap.indicatorCodes()),
                    () -> assertTrue(cap.reason().contains("CHILD_LABOUR (25.00)"), cap.reason()),
                    () -> assertTrue(cap.reason().contains("50.00"), cap.reason()));
        }

        @Test
        void anOptionalIndicatorBelowTheFloorDoesNotCap() {
            ScoreCard card = scoreAt("90.00", 0, maturity("OPT", "T", OPTIONAL, "0.01"), AnswerValue.maturity(1));
            assertEquals(Rating.AAA, card.bandRating());
            assertEquals(Rating.AAA, card.rating());
            assertTrue(card.caps().isEmpty());
        }

        @ParameterizedTest(name = "essential at maturity {0} -> capped: {1}")
        @CsvSource({"0, true", "1, true", "2, false", "3, false", "4, false"})
        void theEssentialFloorIsExclusive(int level, boolean capped) {
            ScoreCard card = scoreAt("100", 0, maturity("ESS", "T", ESSENTIAL, "0.01"), AnswerValue.maturity(level));
            assertEquals(Rating.AAA, card.bandRating());
            assertEquals(capped ? Rating.BB : Rating.AAA, card.rating());
            assertEquals(capped, card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).isPresent());
        }

        @Test
        void everyEssentialIndicatorBelowTheFloorIsListed() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1"), theme("SOC", "1")),
                    List.of(yesNo("E1", "ENV", ESSENTIAL, "1"), yesNo("E2", "ENV", ESSENTIAL, "1"),
                            maturity("S1", "SOC", ESSENTIAL, "1"), maturity("S2", "SOC", ESSENTIAL, "1")),
                    answers("E1", AnswerValue.yes(false), "E2", AnswerValue.yes(true),
                            "S1", AnswerValue.maturity(1), "S2", AnswerValue.maturity(2)),
                    0, RULES);
            AppliedCap cap = card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).orElseThrow();
            assertEquals(List.of("E1", "S1"), cap.indicatorCodes());
            assertTrue(cap.reason().contains("E1 (0.00), S1 (25.00)"), cap.reason());
        }

        @Test
        void anEssentialCapThatDoesNotLowerIsStillListed() {
            ScoreCard card = scoreAt("40.00", 0, maturity("ESS", "T", ESSENTIAL, "0.01"), AnswerValue.maturity(0));
            AppliedCap cap = card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).orElseThrow();
            assertAll(
                    () -> assertEquals(Rating.B, card.bandRating()),
                    () -> assertEquals(Rating.B, card.rating()),
                    () -> assertFalse(cap.lowered()));
        }

        @ParameterizedTest(name = "overall {0}, {1} open critical -> band {2}, rating {3}, lowered {4}")
        @CsvSource({
                "100.00, 1, AAA, B, true",
                "45.00,  1, BB,  B, true",
                "35.00,  2, B,   B, false",
                "34.99,  1, C,   C, false",
                "10.00,  3, C,   C, false",
        })
        void anOpenCriticalFindingCapsAtB(String overall, int criticals, Rating band, Rating rating, boolean lowered) {
            ScoreCard card = scoreAt(overall, criticals);
            AppliedCap cap = card.cap(CapKind.OPEN_CRITICAL_FINDING).orElseThrow();
            assertAll(
                    () -> assertEquals(band, card.bandRating()),
                    () -> assertEquals(rating, card.rating()),
                    () -> assertEquals(Rating.B, cap.cappedAt()),
                    () -> assertEquals(lowered, cap.lowered()),
                    () -> assertTrue(cap.indicatorCodes().isEmpty()),
                    () -> assertTrue(cap.reason().startsWith(criticals + " open critical finding"), cap.reason()));
        }

        @Test
        void noOpenCriticalFindingNoCap() {
            ScoreCard card = scoreAt("90.00", 0);
            assertTrue(card.cap(CapKind.OPEN_CRITICAL_FINDING).isEmpty());
        }

        @Test
        void bothCapsTogetherTakeTheWorse() {
            ScoreCard card = scoreAt("90.00", 1, maturity("ESS", "T", ESSENTIAL, "0.01"), AnswerValue.maturity(0));
            assertAll(
                    () -> assertEquals(Rating.AAA, card.bandRating()),
                    () -> assertEquals(Rating.B, card.rating()),
                    () -> assertEquals(List.of(CapKind.ESSENTIAL_BELOW_FLOOR, CapKind.OPEN_CRITICAL_FINDING),
                            card.caps().stream().map(AppliedCap::kind).toList()),
                    // each cap on its own would bring AAA down
                    () -> assertTrue(card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).orElseThrow().lowered()),
                    () -> assertTrue(card.cap(CapKind.OPEN_CRITICAL_FINDING).orElseThrow().lowered()));
        }

        @Test
        void bothCapsWhenTheBandIsAlreadyAtTheEssentialCap() {
            ScoreCard card = scoreAt("50.00", 1, maturity("ESS", "T", ESSENTIAL, "0.01"), AnswerValue.maturity(1));
            assertAll(
                    () -> assertEquals(Rating.BB, card.bandRating()),
                    () -> assertEquals(Rating.B, card.rating()),
                    () -> assertFalse(card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).orElseThrow().lowered()),
                    () -> assertTrue(card.cap(CapKind.OPEN_CRITICAL_FINDING).orElseThrow().lowered()));
        }

        @Test
        void aCriticalFindingWithNothingToRateIsListedButRatesNothing() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(yesNo("A", "ENV", OPTIONAL, "1")),
                    Map.of(), 1, RULES);
            assertNull(card.rating());
            assertFalse(card.cap(CapKind.OPEN_CRITICAL_FINDING).orElseThrow().lowered());
        }

        @Test
        void capsAndFloorComeFromTheRules() {
            ScoringRules rules = RULES.withEssentialFloor(d("80")).withCaps(Rating.A, Rating.BBB);
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")),
                    List.of(maturity("ESS", "ENV", ESSENTIAL, "1"), yesNo("Y", "ENV", OPTIONAL, "3")),
                    answers("ESS", AnswerValue.maturity(3), "Y", AnswerValue.yes(true)), 0, rules);
            // (75 + 3 × 100) / 4 = 93.75 → AAA; essential at 75 is below the floor of 80 → capped at A
            assertEquals(Rating.AAA, card.bandRating());
            assertEquals(Rating.A, card.rating());
            assertTrue(card.cap(CapKind.ESSENTIAL_BELOW_FLOOR).orElseThrow().reason().contains("80.00"));

            ScoreCard withCritical = scorer.score(List.of(theme("ENV", "1")), List.of(yesNo("Y", "ENV", OPTIONAL, "1")),
                    answers("Y", AnswerValue.yes(true)), 1, rules);
            assertEquals(Rating.BBB, withCritical.rating());
        }
    }

    // ---------------------------------------------------------------- input errors

    @Nested
    @DisplayName("input errors")
    class InputErrors {

        private ScoringInputException.Reason reasonOf(Runnable call) {
            return assertThrows(ScoringInputException.class, call::run).reason();
        }

        @ParameterizedTest(name = "justification [{0}]")
        @CsvSource(value = {"NULL", "''", "'   '"}, nullValues = "NULL")
        void essentialNotApplicableNeedsAJustification(String justification) {
            ScoringInputException e = assertThrows(ScoringInputException.class, () -> scorer.score(List.of(theme("ENV", "1")),
                    List.of(yesNo("E", "ENV", ESSENTIAL, "1")), answers("E", AnswerValue.notApplicable(justification)), 0, RULES));
            assertEquals(ScoringInputException.Reason.JUSTIFICATION_REQUIRED, e.reason());
            assertEquals("E", e.code());
        }

        @Test
        void optionalNotApplicableNeedsNoJustification() {
            ScoreCard card = scorer.score(List.of(theme("ENV", "1")), List.of(yesNo("O", "ENV", OPTIONAL, "1")),
                    answers("O", AnswerValue.notApplicable(null)), 0, RULES);
            assertEquals(IndicatorScoreStatus.NOT_APPLICABLE, card.indicator("O").orElseThrow().status());
        }

        @Test
        void answerMustFitTheIndicatorType() {
            ScoredIndicator water = ScoredIndicator.number("W", "ENV", OPTIONAL, d("1"),
                    NumericThresholds.of(ThresholdDirection.LOWER_IS_BETTER, "1", "2", "3", "4"));
            List<Theme> themes = List.of(theme("ENV", "1"));
            assertAll(
                    () -> assertEquals(ScoringInputException.Reason.ANSWER_TYPE_MISMATCH, reasonOf(() -> scorer.score(themes,
                            List.of(yesNo("Y", "ENV", OPTIONAL, "1")), answers("Y", AnswerValue.maturity(4)), 0, RULES))),
                    () -> assertEquals(ScoringInputException.Reason.ANSWER_TYPE_MISMATCH, reasonOf(() -> scorer.score(themes,
                            List.of(water), answers("W", AnswerValue.yes(true)), 0, RULES))),
                    () -> assertEquals(ScoringInputException.Reason.ANSWER_TYPE_MISMATCH, reasonOf(() -> scorer.score(themes,
                            List.of(maturity("M", "ENV", OPTIONAL, "1")), answers("M", AnswerValue.text()), 0, RULES))),
                    () -> assertEquals(ScoringInputException.Reason.ANSWER_TYPE_MISMATCH, reasonOf(() -> scorer.score(themes,
                            List.of(ScoredIndicator.of("T", "ENV", AnswerType.TEXT, OPTIONAL, d("1"))),
                            answers("T", AnswerValue.yes(true)), 0, RULES))));
        }

        @Test
        void inconsistentCodes() {
            List<Theme> env = List.of(theme("ENV", "1"));
            assertAll(
                    () -> assertEquals(ScoringInputException.Reason.UNKNOWN_INDICATOR, reasonOf(() -> scorer.score(env,
                            List.of(yesNo("A", "ENV", OPTIONAL, "1")), answers("ZZZ", AnswerValue.yes(true)), 0, RULES))),
                    () -> assertEquals(ScoringInputException.Reason.UNKNOWN_THEME, reasonOf(() -> scorer.score(env,
                            List.of(yesNo("A", "SOC", OPTIONAL, "1")), Map.of(), 0, RULES))),
                    () -> assertEquals(ScoringInputException.Reason.DUPLICATE_INDICATOR, reasonOf(() -> scorer.score(env,
                            List.of(yesNo("A", "ENV", OPTIONAL, "1"), maturity("A", "ENV", OPTIONAL, "1")), Map.of(), 0, RULES))),
                    () -> assertEquals(ScoringInputException.Reason.DUPLICATE_THEME, reasonOf(() -> scorer.score(
                            List.of(theme("ENV", "1"), theme("ENV", "2")), List.of(), Map.of(), 0, RULES))));
        }

        @Test
        void negativeOpenCriticalFindings() {
            assertThrows(IllegalArgumentException.class,
                    () -> scorer.score(List.of(theme("ENV", "1")), List.of(), Map.of(), -1, RULES));
        }
    }
}
