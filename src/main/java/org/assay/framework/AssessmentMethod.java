package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

/** How an assessment is performed, from weakest to strongest evidence. */
@Description("How an assessment is performed. Ordered by strength: SELF_ASSESSMENT < CERTIFICATE_RECOGNITION < DESK_REVIEW < ON_SITE_AUDIT.")
public enum AssessmentMethod {
    @Description("The supplier answers the questionnaire itself.") SELF_ASSESSMENT,
    @Description("A verified, unexpired certificate answers the indicators its scheme maps to.") CERTIFICATE_RECOGNITION,
    @Description("An assessor reviews documents remotely.") DESK_REVIEW,
    @Description("An assessor audits the site in person.") ON_SITE_AUDIT;

    /** Whether this method is at least as strong as {@code other}. */
    public boolean isAtLeast(AssessmentMethod other) {
        return ordinal() >= other.ordinal();
    }
}
