package org.assay.assessment.api;

import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.AppliedCap;
import org.assay.framework.scoring.CapKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A cap of a rating breakdown. */
@Name("RatingCap")
@Description("A rule that limits the rating regardless of the score.")
public record CapView(@NonNull @Description("Which rule.") CapKind kind,
                      @NonNull @Description("Best rating allowed by the rule.") Rating cappedAt,
                      @NonNull @Description("Why the rule applies.") String reason,
                      @NonNull @Description("Indicators behind it (essential indicators below the floor).") List<@NonNull String> indicatorCodes,
                      @Description("Whether the rule actually lowered the rating.") boolean lowered) {

    static CapView of(AppliedCap c) {
        return new CapView(c.kind(), c.cappedAt(), c.reason(), c.indicatorCodes(), c.lowered());
    }
}
