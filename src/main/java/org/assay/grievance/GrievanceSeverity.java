package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/** How serious a grievance is, as set by a handler (a retaliation report is always CRITICAL). */
@Description("How serious a grievance is, as set by a grievance handler. A retaliation report is always CRITICAL.")
public enum GrievanceSeverity {
    @Description("Low.") LOW,
    @Description("Medium (the default when filed).") MEDIUM,
    @Description("High.") HIGH,
    @Description("Critical: retaliation, or a serious risk to people.") CRITICAL
}
