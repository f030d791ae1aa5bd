package org.assay.cap.api;

import org.assay.assessment.Severity;
import org.assay.cap.ActionStatusSummaries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Corrective actions not yet verified, and those overdue, by severity. */
@Name("ActionCounts")
@Description("Corrective actions not yet verified, and those overdue, by severity.")
public record ActionCounts(@Description("Open critical.") int openCritical, @Description("Open major.") int openMajor,
                           @Description("Open minor.") int openMinor, @Description("Overdue critical.") int overdueCritical,
                           @Description("Overdue major.") int overdueMajor, @Description("Overdue minor.") int overdueMinor) {

    public static ActionCounts of(ActionStatusSummaries.Summary s) {
        return new ActionCounts(s.open().get(Severity.CRITICAL), s.open().get(Severity.MAJOR), s.open().get(Severity.MINOR),
                s.overdue().get(Severity.CRITICAL), s.overdue().get(Severity.MAJOR), s.overdue().get(Severity.MINOR));
    }
}
