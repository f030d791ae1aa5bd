package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;

@Description("Life cycle of an assessment.")
public enum AssessmentStatus {
    @Description("Requested by one or more members; no assessment body assigned yet (a supplier may already draft a self-assessment).") REQUESTED,
    @Description("Assigned to an accredited assessment body; answers are being collected.") IN_PROGRESS,
    @Description("Answers complete and submitted; waiting for the assessor to publish.") SUBMITTED,
    @Description("Published: immutable, scored, rated and valid until its end date.") PUBLISHED,
    @Description("Replaced by a later published assessment that corrects it; kept for history.") SUPERSEDED;

    public boolean isOpen() {
        return this == REQUESTED || this == IN_PROGRESS || this == SUBMITTED;
    }
}
