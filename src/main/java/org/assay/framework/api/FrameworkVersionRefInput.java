package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("FrameworkVersionRefInput")
@Description("Refers to one framework version.")
public class FrameworkVersionRefInput {
    @NonNull @Id @Description("Version id.")
    public String versionId;
}
