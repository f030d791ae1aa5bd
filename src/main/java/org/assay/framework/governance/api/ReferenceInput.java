package org.assay.framework.governance.api;

import org.assay.framework.ExternalStandard;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("StandardReferenceInput")
@Description("A clause of an external standard.")
public class ReferenceInput {
    @NonNull @Description("The standard.")
    public ExternalStandard standard;
    @NonNull @Description("The clause, step or disclosure (at most 300 characters).")
    public String clause;
}
