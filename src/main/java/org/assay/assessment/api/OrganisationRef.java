package org.assay.assessment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An organisation named in a result by id and name (the sweep replaces it by {@code Organisation} objects). */
@Name("OrganisationRef")
@Description("An organisation named in a result: id and name only.")
public record OrganisationRef(@NonNull @Id @Description("Organisation id.") String id,
                              @NonNull @Description("Legal name.") String name) {
}
