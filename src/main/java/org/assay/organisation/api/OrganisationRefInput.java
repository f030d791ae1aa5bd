package org.assay.organisation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of mutations that name one organisation. */
@Description("Refers to one organisation.")
@Name("OrganisationRefInput")
public class OrganisationRefInput {
    @NonNull @Id @Description("Organisation id (its global id; a legacy raw id is still accepted).")
    public String organisationId;
}
