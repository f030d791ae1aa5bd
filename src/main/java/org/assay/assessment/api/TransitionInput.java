package org.assay.assessment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Submit or publish an assessment. */
@Name("AssessmentTransitionInput")
@Description("Submit or publish an assessment.")
public class TransitionInput {
    @NonNull @Id @Description("The assessment (its global id, or the legacy raw id).") public String assessmentId;
    @Description("Optional key: a retry with the same key returns the first result instead of failing or acting twice.") public String idempotencyKey;
}
