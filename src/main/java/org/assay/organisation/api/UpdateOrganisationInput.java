package org.assay.organisation.api;

import org.assay.organisation.OrganisationService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code updateOrganisation}. */
@Description("Changes to an organisation; omitted fields stay as they are.")
@Name("UpdateOrganisationInput")
public class UpdateOrganisationInput {
    @NonNull @Id @Description("Organisation to change (its global id; a legacy raw id is still accepted).")
    public String organisationId;
    @Description("New legal name.")
    public String name;
    @Description("New ISO 3166-1 alpha-2 country.")
    public String country;
    @Description("New identifiers; an empty string removes one.")
    public IdentifiersInput identifiers;

    OrganisationService.Details details() {
        IdentifiersInput i = identifiers == null ? new IdentifiersInput() : identifiers;
        return new OrganisationService.Details(name, country, i.lei, i.duns, i.nationalRegistryNumber);
    }
}
