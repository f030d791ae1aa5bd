package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("UpdateCertificationSchemeInput")
@Description("Changes to a scheme; omitted fields stay.")
public class UpdateCertificationSchemeInput {
    @NonNull @Description("Which scheme.")
    public String code;
    @Description("New name.")
    public String name;
    @Description("New issuer.")
    public String issuer;
    @Description("New description.")
    public String description;
}
