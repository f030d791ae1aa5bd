package org.assay.framework.api;

import org.assay.framework.ExternalStandard;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("StandardReference")
@Description("A clause of an external standard an indicator maps to.")
public record ReferenceView(
        @NonNull @Description("The standard.") ExternalStandard standard,
        @NonNull @Description("The clause, step or disclosure, e.g. \"Step 1: Establish strong company management systems\".") String clause) {
}
