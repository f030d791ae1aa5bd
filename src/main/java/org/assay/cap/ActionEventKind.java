package org.assay.cap;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened to a corrective action.")
public enum ActionEventKind {
    @Description("Opened when the assessment was published.") OPENED,
    @Description("The supplier described the action and named its owner.") PLANNED,
    @Description("The supplier posted a progress update.") PROGRESS,
    @Description("The supplier proposed a different due date.") DUE_DATE_PROPOSED,
    @Description("The assessor accepted the proposed due date.") DUE_DATE_ACCEPTED,
    @Description("The assessor refused the proposed due date.") DUE_DATE_REFUSED,
    @Description("The supplier submitted the action for verification.") SUBMITTED,
    @Description("The assessor verified the action.") VERIFIED,
    @Description("The assessor sent the action back, with a reason.") SENT_BACK,
    @Description("The finding was withdrawn after a dispute (the note is the assessment body's reason): the action is withdrawn with it.") WITHDRAWN
}
