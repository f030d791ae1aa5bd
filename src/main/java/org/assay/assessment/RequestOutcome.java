package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;

@Description("What the \"assess once, share many\" rule made of an assessment request.")
public enum RequestOutcome {
    @Description("No suitable assessment existed: a new one was created.") NEW_ASSESSMENT,
    @Description("An open assessment of sufficient method existed: the member joined it as co-requester.") JOINED_OPEN,
    @Description("A published, valid assessment on the current major framework version by a method at least as strong exists: "
            + "no new assessment; the supplier is asked to share its results (or they are shared already).") SATISFIED_BY_EXISTING
}
