package org.assay.grievance;

import org.eclipse.microprofile.graphql.Description;

/** The two separate conversations of a grievance. */
@Description("The two separate conversations of a grievance: with the complainant, and with the supplier. Neither side sees the other's.")
public enum MessageChannel {
    @Description("Between the complainant and the grievance handlers; the supplier never sees it.") COMPLAINANT,
    @Description("Between the grievance handlers and the supplier; the complainant does not see it.") SUPPLIER
}
