package org.assay.framework.scoring;

import java.util.List;
import java.util.Objects;

import org.assay.framework.scoring.Rating;

/**
 * A cap whose condition holds for this assessment.
 *
 * @param cappedAt       the best rating possible while the condition holds
 * @param reason         human-readable explanation (English), e.g. which essential indicators scored how low
 * @param indicatorCodes the indicators that trigger the cap (empty for {@link CapKind#OPEN_CRITICAL_FINDING})
 * @param lowered        whether this cap, on its own, brings the band rating down (the band rating is better
 *                       than {@code cappedAt}); false when the band rating is already at or below the cap, or
 *                       when there is nothing to rate
 */
public record AppliedCap(CapKind kind, Rating cappedAt, String reason, List<String> indicatorCodes, boolean lowered) {

    public AppliedCap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cappedAt, "cappedAt");
        Objects.requireNonNull(reason, "reason");
        indicatorCodes = List.copyOf(indicatorCodes);
    }
}
