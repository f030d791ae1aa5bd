package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/** Where a grievance is in its handling. */
@Description("Where a grievance is in its handling: received → triaged → in dialogue, mediation or investigation → resolved or closed.")
public enum GrievanceStage {
    @Description("Filed; not yet looked at.") RECEIVED,
    @Description("Found admissible by a grievance handler; the way of handling it is not chosen yet.") TRIAGED,
    @Description("Being handled by dialogue between the parties.") IN_DIALOGUE,
    @Description("Being handled by mediation.") IN_MEDIATION,
    @Description("Being investigated.") IN_INVESTIGATION,
    @Description("Resolved with an agreed outcome.") RESOLVED,
    @Description("Closed with a reason (not admissible, referred to another mechanism, withdrawn, no agreement…).") CLOSED;

    public boolean finished() {
        return this == RESOLVED || this == CLOSED;
    }

    public boolean handling() {
        return this == IN_DIALOGUE || this == IN_MEDIATION || this == IN_INVESTIGATION;
    }
}
