package org.assay.cap;

import org.eclipse.microprofile.graphql.Description;

@Description("State of a corrective action. Overdue is not a state: it is derived from the due date and today.")
public enum ActionStatus {
    @Description("Opened at publication; nothing done yet.") OPEN,
    @Description("The supplier is working on it (also after being sent back).") IN_PROGRESS,
    @Description("Submitted for verification by the assigned assessment body.") SUBMITTED,
    @Description("Verified closed by the assessment body.") VERIFIED,
    @Description("Its finding was withdrawn by the assessment body after the supplier disputed it: nothing is left to do, it is never overdue.") WITHDRAWN;

    /** Still to do: neither verified nor withdrawn (what the open and overdue counts count). */
    public boolean isOpen() {
        return this != VERIFIED && this != WITHDRAWN;
    }
}
