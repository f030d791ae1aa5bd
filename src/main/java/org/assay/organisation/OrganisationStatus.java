package org.assay.organisation;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an organisation may use the platform.")
public enum OrganisationStatus {
    @Description("Admitted and active.") ACTIVE,
    @Description("Suspended by the operator: its people are refused on every operation except `me`.") SUSPENDED
}
