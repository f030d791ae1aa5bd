package org.assay.overview.api;

import org.assay.overview.RequirementReasonCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** One reason a supplier does not meet the requirement profile. */
@Name("RequirementReason")
@Description("One reason a supplier does not meet your requirement profile.")
public record RequirementReasonView(@NonNull @Description("Stable code.") RequirementReasonCode code,
                                    @NonNull @Description("Explanation, in English.") String message) {
}
