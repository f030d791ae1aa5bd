package org.assay.organisation.api;

import org.assay.organisation.OrganisationKind;
import org.assay.organisation.OrganisationService;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code admitOrganisation}. */
@Description("An organisation to admit.")
@Name("AdmitOrganisationInput")
public class AdmitOrganisationInput {
    @NonNull @Description("Kind of organisation; decides its people's role.")
    public OrganisationKind kind;
    @NonNull @Description("Legal name, 1–200 characters.")
    public String name;
    @NonNull @Description("ISO 3166-1 alpha-2 country of registration, e.g. CD, CN, DE.")
    public String country;
    @NonNull @Description("Identifiers; at least one.")
    public IdentifiersInput identifiers;

    OrganisationService.Details details() {
        IdentifiersInput i = identifiers == null ? new IdentifiersInput() : identifiers;
        return new OrganisationService.Details(name, country, i.lei, i.duns, i.nationalRegistryNumber);
    }
}
