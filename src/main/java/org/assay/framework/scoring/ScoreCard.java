package org.assay.framework.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.assay.framework.scoring.Rating;

/**
 * The result of scoring one assessment, and its "why this rating" breakdown. Every number is at scale 2 and
 * each level is computed from the (rounded) numbers shown one level below, so a reader can recompute the card.
 *
 * @param indicators per-indicator results, in the order the indicators were given
 * @param themes     per-theme results, in the order the themes were given
 * @param overall    weighted mean of the theme scores; null when no indicator was scored (nothing to rate)
 * @param bandRating the rating of the overall score's band, before caps; null when {@code overall} is null
 * @param rating     the final rating: the worse of the band rating and every cap; null when {@code overall} is null
 * @param caps       every cap whose condition holds, each telling whether it lowered the band rating
 * @param unanswered codes of scored indicators with no answer; should be empty before publication
 */
public record ScoreCard(List<IndicatorScore> indicators, List<ThemeScore> themes, BigDecimal overall, Rating bandRating,
                        Rating rating, List<AppliedCap> caps, List<String> unanswered) {

    public ScoreCard {
        indicators = List.copyOf(indicators);
        themes = List.copyOf(themes);
        caps = List.copyOf(caps);
        unanswered = List.copyOf(unanswered);
        if ((overall == null) != (bandRating == null) || (overall == null) != (rating == null)) {
            throw new IllegalArgumentException("overall, band rating and rating are either all present or all absent");
        }
    }

    /** Whether every scored indicator was answered (a precondition for publication). */
    public boolean complete() {
        return unanswered.isEmpty();
    }

    /** Whether a rating could be derived (at least one indicator was scored). */
    public boolean rated() {
        return rating != null;
    }

    public Optional<IndicatorScore> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<ThemeScore> theme(String code) {
        return themes.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<AppliedCap> cap(CapKind kind) {
        return caps.stream().filter(c -> c.kind() == kind).findFirst();
    }
}
