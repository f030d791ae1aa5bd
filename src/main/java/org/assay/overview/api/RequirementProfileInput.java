package org.assay.overview.api;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;
import org.assay.overview.RequirementCheck;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** A requirement profile to set. */
@Name("RequirementProfileInput")
@Description("A requirement profile: the minimum your suppliers should meet. Every criterion is optional, at least one is set. "
        + "Any profile also needs a published assessment that is still valid today.")
public class RequirementProfileInput {
    @Description("The current rating is at least this one.")
    public Rating minCurrentRating;
    @Description("True: no applicable essential indicator of the latest published assessment scored below the framework's essential floor.")
    public Boolean essentialIndicatorsMet;
    @Description("True: no critical corrective action is overdue.")
    public Boolean noOverdueCriticalActions;
    @Description("The assessment method is at least this strong (SELF_ASSESSMENT < CERTIFICATE_RECOGNITION < DESK_REVIEW < ON_SITE_AUDIT).")
    public AssessmentMethod minMethod;
    @Description("The latest published assessment is valid for at least this many more days (1–1830).")
    public Integer minDaysValid;

    RequirementCheck.Criteria criteria() {
        return new RequirementCheck.Criteria(minCurrentRating, Boolean.TRUE.equals(essentialIndicatorsMet),
                Boolean.TRUE.equals(noOverdueCriticalActions), minMethod, minDaysValid);
    }
}
