package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("VotingOrganisation")
@Description("A member organisation, as shown in governance.")
public record VotingOrganisationView(
        @NonNull @Id @Description("Organisation id.") String id,
        @Description("Legal name.") String name) {
}
