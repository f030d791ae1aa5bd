package org.assay.grievance.api;

import org.assay.grievance.Grievance;
import org.assay.grievance.GrievanceCategory;
import org.assay.grievance.GrievanceStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** A resolved or closed case as members with a FULL grant see it: the handlers' redacted summary, nothing else. */
@Name("FinishedGrievance")
@Description("A resolved or closed grievance as members with a FULL grant see it: category, stage, dates and the handlers' redacted summary. "
        + "Never the complainant's text, identity or messages.")
public record FinishedGrievanceView(
        @NonNull @Description("What it was about.") GrievanceCategory category,
        @NonNull @Description("RESOLVED or CLOSED.") GrievanceStage stage,
        @NonNull @Description("When it was filed.") Instant filedAt,
        @NonNull @Description("When it was resolved or closed.") Instant finishedAt,
        @Description("The handlers' redacted account; null when they wrote none.") String summary) {

    static FinishedGrievanceView of(Grievance g) {
        return new FinishedGrievanceView(g.category, g.stage, g.filedAt, g.updatedAt, g.publicSummary);
    }
}
