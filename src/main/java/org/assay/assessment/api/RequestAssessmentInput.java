package org.assay.assessment.api;

import org.assay.framework.AssessmentMethod;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An assessment request. */
@Name("RequestAssessmentInput")
@Description("An assessment request.")
public class RequestAssessmentInput {
    @NonNull @Id @Description("The supplier organisation to assess (its global id, or the legacy raw id).") public String supplierId;
    @Id @Description("One of its sites; omit for the whole supplier.") public String siteId;
    @NonNull @Description("Weakest method you accept (SELF_ASSESSMENT < CERTIFICATE_RECOGNITION < DESK_REVIEW < ON_SITE_AUDIT).") public AssessmentMethod minimumMethod;
}
