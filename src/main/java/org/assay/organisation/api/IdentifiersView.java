package org.assay.organisation.api;

import org.assay.organisation.Organisation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** The identifiers of an organisation. */
@Name("OrganisationIdentifiers")
@Description("Identifiers of a legal entity.")
public record IdentifiersView(
        @Description("Legal Entity Identifier (ISO 17442).") String lei,
        @Description("D-U-N-S number.") String duns,
        @Description("National company registry number.") String nationalRegistryNumber) {

    public static IdentifiersView of(Organisation o) {
        return new IdentifiersView(o.lei, o.duns, o.nationalRegistryNumber);
    }
}
