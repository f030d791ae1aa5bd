package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;

/** Severity of a finding raised by an assessor; declared most severe first. */
@Description("Severity of a finding. An open CRITICAL finding caps the assessment's rating.")
public enum Severity {

    @Description("Critical non-conformity. While open it caps the rating; corrective action due 30 days after publication by default.")
    CRITICAL,

    @Description("Major non-conformity; corrective action due 90 days after publication by default.")
    MAJOR,

    @Description("Minor non-conformity; corrective action due 180 days after publication by default.")
    MINOR,

    @Description("Observation: not a non-conformity, an opportunity for improvement.")
    OBSERVATION
}
