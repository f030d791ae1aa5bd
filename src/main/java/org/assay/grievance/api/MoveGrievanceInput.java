package org.assay.grievance.api;

import org.assay.grievance.GrievanceStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code moveGrievance}. */
@Name("MoveGrievanceInput")
@Description("Move a triaged grievance to dialogue, mediation or investigation, or resolve or close it.")
public class MoveGrievanceInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @NonNull @Description("The next stage.")
    public GrievanceStage stage;
    @Description("A note; required to resolve (the agreed outcome) or close (the reason), which the complainant reads. Up to 2000 characters.")
    public String note;
    @Description("When resolving or closing: a redacted account for members with a FULL grant (no names, no details that identify anyone). Up to 2000 characters.")
    public String publicSummary;
}
