package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.assay.framework.scoring.Rating;

/**
 * The scoring parameters of a framework version: data, not constants of the algorithm, so a new framework
 * version can change them and old assessments keep being explained with the rules they were scored by.
 *
 * @param bandLowerBounds lowest overall score (inclusive, 0-100, at most 2 decimals) of every rating from
 *                        {@link Rating#AAA} to {@link Rating#B}, strictly decreasing from AAA to B;
 *                        {@link Rating#C} is the fallback band below B and must not be listed
 * @param essentialFloor  an essential indicator scoring strictly below this (0-100) caps the rating at {@code essentialCap}
 * @param essentialCap    the best rating possible while an essential indicator is below the floor
 * @param openCriticalCap the best rating possible while a critical finding is open
 */
public record ScoringRules(Map<Rating, BigDecimal> bandLowerBounds, BigDecimal essentialFloor, Rating essentialCap,
                           Rating openCriticalCap) {

    private static final ScoringRules DEFAULTS = new ScoringRules(
            Map.of(Rating.AAA, new BigDecimal("85"),
                    Rating.AA, new BigDecimal("75"),
                    Rating.A, new BigDecimal("65"),
                    Rating.BBB, new BigDecimal("55"),
                    Rating.BB, new BigDecimal("45"),
                    Rating.B, new BigDecimal("35")),
            new BigDecimal("50"), Rating.BB, Rating.B);

    public ScoringRules {
        Objects.requireNonNull(bandLowerBounds, "bandLowerBounds");
        Objects.requireNonNull(essentialCap, "essentialCap");
        Objects.requireNonNull(openCriticalCap, "openCriticalCap");
        essentialFloor = Scores.percentage(essentialFloor, "essential floor");
        if (bandLowerBounds.containsKey(Rating.C)) {
            throw new IllegalArgumentException("rating C is the band below B and has no lower bound");
        }
        EnumMap<Rating, BigDecimal> bounds = new EnumMap<>(Rating.class);
        BigDecimal previous = null;
        for (Rating rating : Rating.values()) {
            if (rating == Rating.C) {
                continue;
            }
            BigDecimal bound = bandLowerBounds.get(rating);
            if (bound == null) {
                throw new IllegalArgumentException("missing lower bound for rating " + rating);
            }
            bound = Scores.percentage(bound, "lower bound of rating " + rating);
            if (previous != null && bound.compareTo(previous) >= 0) {
                throw new IllegalArgumentException("rating band lower bounds must decrease from AAA to B, but " + rating
                        + " starts at " + bound.toPlainString() + ", not below " + previous.toPlainString());
            }
            bounds.put(rating, bound);
            previous = bound;
        }
        bandLowerBounds = Collections.unmodifiableMap(bounds);
    }

    /** The starting defaults of domain §4: AAA ≥ 85, AA ≥ 75, A ≥ 65, BBB ≥ 55, BB ≥ 45, B ≥ 35, C below; essential floor 50 capping at BB; an open critical finding capping at B. */
    public static ScoringRules defaults() {
        return DEFAULTS;
    }

    /** Lowest overall score (scale 2) that earns {@code rating} before caps; 0.00 for {@link Rating#C}. */
    public BigDecimal lowerBound(Rating rating) {
        Objects.requireNonNull(rating, "rating");
        return rating == Rating.C ? Scores.ZERO : bandLowerBounds.get(rating);
    }

    /** The same rules with other band lower bounds. */
    public ScoringRules withBandLowerBounds(Map<Rating, BigDecimal> bounds) {
        return new ScoringRules(bounds, essentialFloor, essentialCap, openCriticalCap);
    }

    /** The same rules with another essential floor. */
    public ScoringRules withEssentialFloor(BigDecimal floor) {
        return new ScoringRules(bandLowerBounds, floor, essentialCap, openCriticalCap);
    }

    /** The same rules with other caps. */
    public ScoringRules withCaps(Rating essentialCap, Rating openCriticalCap) {
        return new ScoringRules(bandLowerBounds, essentialFloor, essentialCap, openCriticalCap);
    }
}
