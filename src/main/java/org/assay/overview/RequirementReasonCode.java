package org.assay.overview;

import org.eclipse.microprofile.graphql.Description;

/** Why a supplier does not meet (or cannot be evaluated against) a requirement profile. */
@Description("Why a supplier does not meet your requirement profile, or cannot be evaluated against it.")
public enum RequirementReasonCode {
    @Description("The supplier has not shared its results with you.") NOT_SHARED,
    @Description("No assessment of the supplier is published.") NO_PUBLISHED_ASSESSMENT,
    @Description("The latest published assessment has expired.") ASSESSMENT_EXPIRED,
    @Description("The latest published assessment ends sooner than your profile's minimum number of days.") VALIDITY_TOO_SHORT,
    @Description("The current rating is below your profile's minimum.") RATING_BELOW_MINIMUM,
    @Description("At least one essential indicator scored below the framework's essential floor.") ESSENTIAL_BELOW_FLOOR,
    @Description("The assessment was published before essential results were recorded: whether every essential indicator is met is unknown.") ESSENTIALS_NOT_RECORDED,
    @Description("At least one critical corrective action is overdue.") OVERDUE_CRITICAL_ACTIONS,
    @Description("The assessment method is weaker than your profile's minimum.") METHOD_BELOW_MINIMUM
}
