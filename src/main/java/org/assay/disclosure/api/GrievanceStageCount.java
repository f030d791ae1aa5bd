package org.assay.disclosure.api;

import org.assay.grievance.GrievanceStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** Grievances at one stage. */
@Description("How many grievances about the supplier are at one stage of their handling.")
public record GrievanceStageCount(@NonNull @Description("The stage.") GrievanceStage stage, @Description("How many.") long count) {
}
