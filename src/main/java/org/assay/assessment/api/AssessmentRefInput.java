package org.assay.assessment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Refers to one assessment. */
@Name("AssessmentRefInput")
@Description("Refers to one assessment.")
public class AssessmentRefInput {
    @NonNull @Id @Description("The assessment (its global id, or the legacy raw id).") public String assessmentId;
}
