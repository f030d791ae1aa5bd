package org.assay.framework.scoring;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.assay.framework.scoring.Rating;
import org.assay.framework.AnswerType;
import org.assay.framework.Classification;
import org.assay.framework.ThresholdDirection;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation and behaviour of the scoring value types. */
class ScoringModelTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Nested
    class Answers {

        @ParameterizedTest
        @CsvSource({"-1", "5", "100"})
        void maturityOutOfRange(int level) {
            assertThrows(IllegalArgumentException.class, () -> AnswerValue.maturity(level));
        }

        @Test
        void factories() {
            assertAll(
                    () -> assertEquals(AnswerValue.Kind.YES_NO, AnswerValue.yes(true).kind()),
                    () -> assertEquals(Boolean.FALSE, AnswerValue.yes(false).yesNo()),
                    () -> assertEquals(3, AnswerValue.maturity(3).maturityLevel()),
                    () -> assertEquals(d("12.5"), AnswerValue.number(d("12.5")).numberValue()),
                    () -> assertEquals(AnswerValue.Kind.TEXT, AnswerValue.text().kind()),
                    () -> assertEquals(AnswerValue.Kind.DOCUMENT, AnswerValue.document().kind()),
                    () -> assertTrue(AnswerValue.notApplicable("x").isNotApplicable()),
                    () -> assertThrows(NullPointerException.class, () -> AnswerValue.number(null)));
        }

        @Test
        void blankJustificationIsNoJustification() {
            assertNull(AnswerValue.notApplicable("  ").justification());
            assertNull(AnswerValue.notApplicable(null).justification());
            assertEquals("no smelter on site", AnswerValue.notApplicable("  no smelter on site ").justification());
        }

        @Test
        void valueEquality() {
            assertEquals(AnswerValue.number(d("2.5")), AnswerValue.number(d("2.50")));
            assertEquals(AnswerValue.number(d("2.5")).hashCode(), AnswerValue.number(d("2.50")).hashCode());
            assertEquals(AnswerValue.maturity(2), AnswerValue.maturity(2));
            assertNotEquals(AnswerValue.maturity(2), AnswerValue.maturity(3));
            assertNotEquals(AnswerValue.notApplicable("a"), AnswerValue.notApplicable("b"));
        }

        @ParameterizedTest(name = "{0} fits {1}: {2}")
        @CsvSource({
                "yes,      YES_NO,   true",
                "yes,      MATURITY, false",
                "maturity, MATURITY, true",
                "maturity, NUMBER,   false",
                "number,   NUMBER,   true",
                "number,   YES_NO,   false",
                "text,     TEXT,     true",
                "text,     DOCUMENT, false",
                "document, DOCUMENT, true",
                "na,       YES_NO,   true",
                "na,       DOCUMENT, true",
        })
        void fits(String answer, AnswerType type, boolean fits) {
            AnswerValue value = switch (answer) {
                case "yes" -> AnswerValue.yes(true);
                case "maturity" -> AnswerValue.maturity(1);
                case "number" -> AnswerValue.number(BigDecimal.ONE);
                case "text" -> AnswerValue.text();
                case "document" -> AnswerValue.document();
                default -> AnswerValue.notApplicable(null);
            };
            assertEquals(fits, value.fits(type));
        }
    }

    @Nested
    class Indicators {

        private final NumericThresholds thresholds = NumericThresholds.of(ThresholdDirection.HIGHER_IS_BETTER, "1", "2", "3", "4");

        @Test
        void numberIndicatorsNeedThresholdsAndOnlyThey() {
            assertThrows(IllegalArgumentException.class,
                    () -> ScoredIndicator.of("N", "ENV", AnswerType.NUMBER, Classification.OPTIONAL, d("1")));
            assertThrows(IllegalArgumentException.class,
                    () -> new ScoredIndicator("Y", "ENV", AnswerType.YES_NO, Classification.OPTIONAL, d("1"), thresholds));
        }

        @ParameterizedTest(name = "{0} weight {1} valid: {2}")
        @CsvSource({
                "YES_NO,   1,      true",
                "YES_NO,   0.01,   true",
                "YES_NO,   2.500,  true",  // trailing zeros are fine
                "YES_NO,   0,      false",
                "YES_NO,   -1,     false",
                "YES_NO,   0.005,  false", // more than 2 decimals
                "TEXT,     0,      true",
                "DOCUMENT, -1,     false",
        })
        void weights(AnswerType type, String weight, boolean valid) {
            if (valid) {
                ScoredIndicator indicator = ScoredIndicator.of("X", "ENV", type, Classification.OPTIONAL, d(weight));
                assertEquals(2, indicator.weight().scale());
                assertEquals(0, indicator.weight().compareTo(d(weight)));
            } else {
                assertThrows(IllegalArgumentException.class,
                        () -> ScoredIndicator.of("X", "ENV", type, Classification.OPTIONAL, d(weight)));
            }
        }

        @ParameterizedTest
        @CsvSource({"0", "-2", "1.001"})
        void themeWeights(String weight) {
            assertThrows(IllegalArgumentException.class, () -> new Theme("ENV", d(weight)));
        }

        @Test
        void requiredFields() {
            assertThrows(NullPointerException.class, () -> ScoredIndicator.of(null, "ENV", AnswerType.TEXT, Classification.OPTIONAL, d("1")));
            assertThrows(NullPointerException.class, () -> ScoredIndicator.of("X", null, AnswerType.TEXT, Classification.OPTIONAL, d("1")));
            assertThrows(NullPointerException.class, () -> ScoredIndicator.of("X", "ENV", AnswerType.TEXT, Classification.OPTIONAL, null));
            assertThrows(NullPointerException.class, () -> new Theme(null, d("1")));
        }
    }

    @Nested
    class Rules {

        private Map<Rating, BigDecimal> defaultBounds() {
            return new EnumMap<>(ScoringRules.defaults().bandLowerBounds());
        }

        @Test
        void defaultsAreTheDomainDefaults() {
            ScoringRules rules = ScoringRules.defaults();
            assertAll(
                    () -> assertEquals(d("85.00"), rules.lowerBound(Rating.AAA)),
                    () -> assertEquals(d("75.00"), rules.lowerBound(Rating.AA)),
                    () -> assertEquals(d("65.00"), rules.lowerBound(Rating.A)),
                    () -> assertEquals(d("55.00"), rules.lowerBound(Rating.BBB)),
                    () -> assertEquals(d("45.00"), rules.lowerBound(Rating.BB)),
                    () -> assertEquals(d("35.00"), rules.lowerBound(Rating.B)),
                    () -> assertEquals(d("0.00"), rules.lowerBound(Rating.C)),
                    () -> assertEquals(d("50.00"), rules.essentialFloor()),
                    () -> assertEquals(Rating.BB, rules.essentialCap()),
                    () -> assertEquals(Rating.B, rules.openCriticalCap()),
                    () -> assertEquals(List.of(Rating.AAA, Rating.AA, Rating.A, Rating.BBB, Rating.BB, Rating.B),
                            List.copyOf(rules.bandLowerBounds().keySet())));
        }

        @Test
        void rulesAreValueObjects() {
            ScoringRules copy = new ScoringRules(defaultBounds(), d("50"), Rating.BB, Rating.B);
            assertEquals(ScoringRules.defaults(), copy);
            assertThrows(UnsupportedOperationException.class, () -> copy.bandLowerBounds().put(Rating.AAA, d("1")));
        }

        @Test
        void boundsMustCoverAaaToBAndDecrease() {
            Map<Rating, BigDecimal> missing = defaultBounds();
            missing.remove(Rating.BBB);
            Map<Rating, BigDecimal> withC = defaultBounds();
            withC.put(Rating.C, d("0"));
            Map<Rating, BigDecimal> notDecreasing = defaultBounds();
            notDecreasing.put(Rating.AA, d("85"));
            Map<Rating, BigDecimal> outOfRange = defaultBounds();
            outOfRange.put(Rating.AAA, d("101"));
            Map<Rating, BigDecimal> tooPrecise = defaultBounds();
            tooPrecise.put(Rating.AAA, d("85.005"));
            for (Map<Rating, BigDecimal> bounds : List.of(missing, withC, notDecreasing, outOfRange, tooPrecise)) {
                assertThrows(IllegalArgumentException.class,
                        () -> new ScoringRules(bounds, d("50"), Rating.BB, Rating.B), bounds::toString);
            }
        }

        @Test
        void floorAndCapsAreRequired() {
            assertThrows(IllegalArgumentException.class, () -> ScoringRules.defaults().withEssentialFloor(d("-1")));
            assertThrows(IllegalArgumentException.class, () -> ScoringRules.defaults().withEssentialFloor(d("100.5")));
            assertThrows(NullPointerException.class, () -> ScoringRules.defaults().withEssentialFloor(null));
            assertThrows(NullPointerException.class, () -> ScoringRules.defaults().withCaps(null, Rating.B));
            assertThrows(NullPointerException.class, () -> ScoringRules.defaults().withCaps(Rating.BB, null));
        }
    }

    @Nested
    class Cards {

        @Test
        void cardListsAreImmutable() {
            ScoreCard card = new Scorer().score(List.of(new Theme("ENV", BigDecimal.ONE)),
                    List.of(ScoredIndicator.of("A", "ENV", AnswerType.YES_NO, Classification.OPTIONAL, BigDecimal.ONE)),
                    Map.of("A", AnswerValue.yes(true)), 0, ScoringRules.defaults());
            assertThrows(UnsupportedOperationException.class, () -> card.indicators().clear());
            assertThrows(UnsupportedOperationException.class, () -> card.caps().clear());
            assertFalse(card.indicator("nope").isPresent());
        }

        @Test
        void scoreIsPresentExactlyWhenScored() {
            assertThrows(IllegalArgumentException.class, () -> new IndicatorScore("A", "ENV", Classification.OPTIONAL,
                    BigDecimal.ONE, null, IndicatorScoreStatus.SCORED));
            assertThrows(IllegalArgumentException.class, () -> new IndicatorScore("A", "ENV", Classification.OPTIONAL,
                    BigDecimal.ONE, BigDecimal.TEN, IndicatorScoreStatus.NOT_APPLICABLE));
        }
    }
}
