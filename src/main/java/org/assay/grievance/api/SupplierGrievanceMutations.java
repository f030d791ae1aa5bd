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

    @Inject
    org.assay.grievance.GrievanceCommitments commitments;

    @Inject
    org.assay.cap.api.CorrectiveActionViews actions;

    @Mutation
    @Description("Respond to the grievance handlers about a grievance concerning your organisation (the supplier's channel). Suppliers only; another supplier's grievance is NOT_FOUND.")
    public GrievancePayload respondToGrievance(@NonNull @Description("The response.") RespondToGrievanceInput input) {
        return GrievancePayload.of(handling.respond(GrievanceMutations.id(input.grievanceId), input.body));
    }

    @Mutation
    @Description("Commit to a corrective action in response to a grievance concerning your organisation (once it is admitted, until it is "
            + "closed): it becomes a corrective action on your record (origin GRIEVANCE, already planned), verified like any other by the "
            + "body of your latest published assessment, and linked to the grievance. Suppliers only; another supplier's grievance is NOT_FOUND.")
    public GrievanceCommitmentPayload commitToCorrectiveAction(@NonNull @Description("The commitment.") CommitToCorrectiveActionInput input) {
        org.assay.grievance.GrievanceCommitments.Commitment c = commitments.commit(GrievanceMutations.id(input.grievanceId), input.description,
                input.owner, input.dueDate);
        return new GrievanceCommitmentPayload(GrievanceView.of(c.grievance()), actions.of(java.util.List.of(c.action())).get(0), java.util.List.of(),
                c.grievance().id, c.action().id);
    }
}
