package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ImportFrameworkInput")
@Description("A framework version to import.")
public class ImportFrameworkInput {
    @NonNull
    @Description("The JSON document as a string (same format as the export; at most 5,000,000 characters).")
    public String document;
}
