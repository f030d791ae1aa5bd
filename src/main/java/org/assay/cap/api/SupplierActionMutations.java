package org.assay.cap.api;

import jakarta.inject.Inject;
import org.assay.cap.CorrectiveAction;
import org.assay.cap.CorrectiveActions;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The supplier works its corrective actions: plan, progress, due-date proposals, submission. Suppliers only. */
@GraphQLApi
@Allow(Role.SUPPLIER)
public class SupplierActionMutations {

    @Inject
    CorrectiveActions actions;

    @Inject
    CorrectiveActionViews views;

    @Mutation
    @Description("Describe the action and name its owner (OPEN or IN_PROGRESS → IN_PROGRESS).")
    public ActionPayload planCorrectiveAction(@NonNull @Description("The plan.") PlanActionInput input) {
        return payload(actions.plan(actionId(input.actionId), input.description, input.owner));
    }

    @Mutation
    @Description("Post a progress update, with evidence documents (OPEN or IN_PROGRESS → IN_PROGRESS).")
    public ActionPayload postActionProgress(@NonNull @Description("The update.") ActionNoteInput input) {
        return payload(actions.progress(actionId(input.actionId), input.note, documents(input.evidenceDocumentIds)));
    }

    @Mutation
    @Description("Propose a different due date, with a reason; the assessor accepts or refuses it.")
    public ActionPayload proposeDueDate(@NonNull @Description("The proposal.") ProposeDueDateInput input) {
        return payload(actions.proposeDueDate(actionId(input.actionId), input.dueDate, input.reason));
    }

    @Mutation
    @Description("Submit the action for verification (IN_PROGRESS → SUBMITTED); needs a description and an owner.")
    public ActionPayload submitCorrectiveAction(@NonNull @Description("The submission.") ActionNoteInput input) {
        return payload(actions.submit(actionId(input.actionId), input.note, documents(input.evidenceDocumentIds)));
    }

    static UUID actionId(String s) {
        return Ids.parseInput("input.actionId", s);
    }

    private static List<UUID> documents(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(s -> Ids.parseInput("input.evidenceDocumentIds", s)).toList();
    }

    private ActionPayload payload(CorrectiveAction a) {
        return ActionPayload.of(views.of(List.of(a)).get(0));
    }
}
