package org.assay.overview.api;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;
import org.assay.overview.RequirementProfile;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** The member's requirement profile. */
@Name("RequirementProfile")
@Description("Your requirement profile: the minimum your suppliers should meet. Any profile also needs a published assessment "
        + "that is still valid today. No other member sees it.")
public record RequirementProfileView(
        @Description("The current rating is at least this one.") Rating minCurrentRating,
        @Description("No applicable essential indicator of the latest published assessment scored below the framework's essential floor.") boolean essentialIndicatorsMet,
        @Description("No critical corrective action is overdue.") boolean noOverdueCriticalActions,
        @Description("The assessment method is at least this strong.") AssessmentMethod minMethod,
        @Description("The latest published assessment is valid for at least this many more days.") Integer minDaysValid,
        @NonNull @Description("When it was last changed.") Instant updatedAt) {
    static RequirementProfileView of(RequirementProfile p) {
        return p == null ? null : new RequirementProfileView(p.minCurrentRating, p.essentialIndicatorsMet, p.noOverdueCriticalActions,
                p.minMethod, p.minDaysValid, p.updatedAt);
    }
}
