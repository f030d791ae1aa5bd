package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("CertificationSchemeRefInput")
@Description("Refers to one scheme.")
public class CertificationSchemeRefInput {
    @NonNull @Description("Scheme code.")
    public String code;
}
