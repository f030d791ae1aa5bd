package org.assay.overview.api;

import org.assay.overview.RequirementCheck;
import org.assay.overview.RequirementVerdict;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** How a supplier compares with the requirement profile. */
@Name("RequirementEvaluation")
@Description("How a supplier compares with your requirement profile, and why.")
public record RequirementEvaluationView(
        @NonNull @Description("The verdict.") RequirementVerdict verdict,
        @NonNull @Description("Every reason it does not meet the profile (or cannot be evaluated); empty when it meets it.") List<@NonNull RequirementReasonView> reasons) {
    static RequirementEvaluationView of(RequirementCheck.Outcome o) {
        return o == null ? null : new RequirementEvaluationView(o.verdict(),
                o.reasons().stream().map(x -> new RequirementReasonView(x.code(), x.message())).toList());
    }
}
