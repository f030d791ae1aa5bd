package org.assay.grievance.api;

import jakarta.inject.Inject;
import org.assay.grievance.GrievanceHandlers;
import org.assay.grievance.GrievanceProtection;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** An operator admin appoints and removes grievance handlers. */
@GraphQLApi
@Allow(Role.OPERATOR)
public class GrievanceHandlerMutations {

    @Inject
    GrievanceHandlers handlers;

    @Inject
    GrievanceProtection protection;

    @Inject
    org.assay.platform.Caller caller;

    @Mutation
    @Description("Appoint a person of the operator as grievance handler: they then see complainants' identities and contacts. Operator admins only.")
    public GrievanceHandlerPayload appointGrievanceHandler(@NonNull @Description("The person.") GrievanceHandlerInput input) {
        GrievanceHandlers.Appointed a = handlers.appoint(Ids.parseInput("input.personId", input.personId));
        return new GrievanceHandlerPayload(GrievanceHandlerView.of(a), java.util.List.of(), a.person().id);
    }

    @Mutation
    @Description("Key rotation: re-seal up to 500 grievances still sealed under a key other than the active one; repeat until `resealed` is 0, "
            + "then the old key may leave the ring. Operator admins only.")
    public ResealGrievancesPayload resealGrievanceProtectedFields() {
        if (!caller.isAdmin()) {
            throw new org.assay.platform.UserInputException(null, org.assay.grievance.GrievanceErrorCode.NOT_FOUND, "only an admin of the operator rotates keys");
        }
        return new ResealGrievancesPayload(protection.reseal(500), protection.activeKeyId(), java.util.List.of());
    }

    @Mutation
    @Description("Remove a grievance handler. Operator admins only.")
    public GrievanceHandlerPayload removeGrievanceHandler(@NonNull @Description("The person.") GrievanceHandlerInput input) {
        GrievanceHandlers.Appointed a = handlers.remove(Ids.parseInput("input.personId", input.personId));
        return new GrievanceHandlerPayload(GrievanceHandlerView.of(a), java.util.List.of(), a.person().id);
    }
}
