package org.assay.overview;

import org.eclipse.microprofile.graphql.Description;

/** How a supplier of the portfolio compares with the member's requirement profile. */
@Description("How a supplier compares with your requirement profile.")
public enum RequirementVerdict {
    @Description("Every criterion of your profile holds for the latest published assessment, which is still valid.") MEETS,
    @Description("At least one criterion does not hold (see the reasons), or nothing valid is published.") DOES_NOT_MEET,
    @Description("The supplier has not shared its results with you: it cannot be evaluated.") NOT_SHARED
}
