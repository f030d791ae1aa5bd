package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/** Who wrote a grievance message. */
@Description("Who wrote a grievance message.")
public enum MessageAuthor {
    @Description("The complainant (with the follow-up code).") COMPLAINANT,
    @Description("A grievance handler of the operator.") HANDLER,
    @Description("The supplier concerned.") SUPPLIER
}
