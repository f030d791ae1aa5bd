package org.assay.assessment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An assignment. */
@Name("AssignAssessmentInput")
@Description("An assignment.")
public class AssignAssessmentInput {
    @NonNull @Id @Description("The assessment (its global id, or the legacy raw id).") public String assessmentId;
    @Id @Description("The assessment body; omit to let the platform choose an eligible one.") public String assessmentBodyId;
}
