package org.assay.assessment.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** When a finding may be disputed and a dispute decided (plain code, unit-tested). */
public final class DisputeRules {

    private DisputeRules() {
    }

    /** Whether {@code now} is inside the window opened by publication at {@code publishedAt} (its end is exclusive). */
    public static boolean windowOpen(Instant publishedAt, Duration window, Instant now) {
        return publishedAt != null && !now.isBefore(publishedAt) && now.isBefore(publishedAt.plus(window));
    }

    /** Why a finding cannot be disputed now, if it cannot. */
    public static Optional<DisputeErrorCode> refusalToDispute(boolean published, Instant publishedAt, Duration window, Instant now,
                                                              boolean alreadyDisputed) {
        if (!published) return Optional.of(DisputeErrorCode.NOT_PUBLISHED);
        if (alreadyDisputed) return Optional.of(DisputeErrorCode.ALREADY_DISPUTED);
        if (!windowOpen(publishedAt, window, now)) return Optional.of(DisputeErrorCode.WINDOW_CLOSED);
        return Optional.empty();
    }

    /** Why a dispute in {@code status} (null: none) cannot be decided, if it cannot. */
    public static Optional<DisputeErrorCode> refusalToDecide(DisputeStatus status) {
        if (status == null) return Optional.of(DisputeErrorCode.NOT_DISPUTED);
        if (status != DisputeStatus.OPEN) return Optional.of(DisputeErrorCode.ALREADY_DECIDED);
        return Optional.empty();
    }
}
