package org.assay.cap.api;

import jakarta.inject.Inject;
import org.assay.cap.CorrectiveAction;
import org.assay.cap.CorrectiveActions;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The assigned assessment body decides due dates and verifies or sends back actions. Assessors only. */
@GraphQLApi
@Allow(Role.ASSESSOR)
public class AssessorActionMutations {

    @Inject
    CorrectiveActions actions;

    @Inject
    CorrectiveActionViews views;

    @Mutation
    @Description("Accept or refuse a proposed due date (assigned assessment body; a refusal needs a reason).")
    public ActionPayload decideDueDate(@NonNull @Description("The decision.") DecideDueDateInput input) {
        return payload(actions.decideDueDate(SupplierActionMutations.actionId(input.actionId), input.accept, input.reason));
    }

    @Mutation
    @Description("Verify a submitted action (SUBMITTED → VERIFIED). Assigned assessment body only.")
    public ActionPayload verifyCorrectiveAction(@NonNull @Description("The verification.") ActionNoteInput input) {
        return payload(actions.verify(SupplierActionMutations.actionId(input.actionId), input.note));
    }

    @Mutation
    @Description("Send a submitted action back with a reason (SUBMITTED → IN_PROGRESS). Assigned assessment body only.")
    public ActionPayload sendBackCorrectiveAction(@NonNull @Description("Why.") SendBackInput input) {
        return payload(actions.sendBack(SupplierActionMutations.actionId(input.actionId), input.reason));
    }

    private ActionPayload payload(CorrectiveAction a) {
        return ActionPayload.of(views.of(List.of(a)).get(0));
    }
}
