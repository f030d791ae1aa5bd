package org.assay.grievance.api;

import org.assay.grievance.GrievanceSeverity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code setGrievanceSeverity}. */
@Name("SetGrievanceSeverityInput")
@Description("A new severity for a grievance.")
public class SetGrievanceSeverityInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @NonNull @Description("The severity (a retaliation report stays CRITICAL).")
    public GrievanceSeverity severity;
}
