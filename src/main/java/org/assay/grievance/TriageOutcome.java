package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/** A handler's triage decision. */
@Description("A grievance handler's triage decision.")
public enum TriageOutcome {
    @Description("Admissible: the grievance goes on to be handled (stage TRIAGED).") ADMISSIBLE,
    @Description("Not admissible, with the reason (stage CLOSED).") NOT_ADMISSIBLE,
    @Description("Referred to another mechanism, with its reference there (stage CLOSED).") REFERRED
}
