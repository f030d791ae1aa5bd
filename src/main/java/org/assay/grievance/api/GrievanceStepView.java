package org.assay.grievance.api;

import org.assay.grievance.GrievanceStep;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** One dated step of a grievance's handling. */
@Name("GrievanceStep")
@Description("A dated step of a grievance's handling (received, triaged, stage changes, severity, links).")
public record GrievanceStepView(
        @NonNull @Description("What happened: a stage name, `TRIAGED:<outcome>`, `SEVERITY:<severity>` or `LINKED`.") String step,
        @Description("The handler's note or reason.") String note,
        @Description("Who did it (OIDC subject); null for the complainant's filing.") String by,
        @NonNull @Description("When.") Instant at) {

    static GrievanceStepView of(GrievanceStep s) {
        return new GrievanceStepView(s.stage, s.note, s.bySubject, s.at);
    }
}
