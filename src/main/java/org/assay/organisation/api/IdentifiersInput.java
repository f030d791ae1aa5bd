package org.assay.organisation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Identifiers sent for an organisation. */
@Description("Identifiers of a legal entity. At least one is required.")
@Name("IdentifiersInput")
public class IdentifiersInput {
    @Description("Legal Entity Identifier (ISO 17442): 20 characters with check digits.")
    public String lei;
    @Description("D-U-N-S number: 9 digits (dashes allowed).")
    public String duns;
    @Description("National company registry number.")
    public String nationalRegistryNumber;
}
