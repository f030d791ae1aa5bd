package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CreateCertificationSchemeInput")
@Description("A certificate scheme to recognise.")
public class CreateCertificationSchemeInput {
    @NonNull @Description("Stable code: 2-40 upper-case letters, digits or underscores, e.g. ISO_14001.")
    public String code;
    @NonNull @Description("Name, at most 200 characters.")
    public String name;
    @NonNull @Description("Issuer or owner, at most 200 characters.")
    public String issuer;
    @Description("What a certificate attests, at most 2000 characters.")
    public String description;
}
