package org.assay.grievance.api;

import jakarta.inject.Inject;
import org.assay.grievance.GrievanceHandling;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** The supplier's side: responding to the grievance handlers about a grievance concerning it. */
@GraphQLApi
@Allow(Role.SUPPLIER)
public class SupplierGrievanceMutations {

    @Inject
    GrievanceHandling handling;

    @Mutation
    @Description("Respond to the grievance handlers about a grievance concerning your organisation (the supplier's channel). Suppliers only; another supplier's grievance is NOT_FOUND.")
    public GrievancePayload respondToGrievance(@NonNull @Description("The response.") RespondToGrievanceInput input) {
        return GrievancePayload.of(handling.respond(GrievanceMutations.id(input.grievanceId), input.body));
    }
}
