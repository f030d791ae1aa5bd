package org.assay.cap;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.assessment.AssessmentViews.SupplierStatusView;
import org.assay.framework.scoring.Rating;
import org.assay.assessment.Severity;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.Ids;
import org.assay.platform.MutationPayload;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Corrective actions: the supplier works them, the assigned assessment body verifies them. */
@GraphQLApi
public class CorrectiveActionApi {

    @Inject CorrectiveActions actions;
    @Inject ActionSummariesOfRequest summaries;
    @Inject CorrectiveActionViews actionViews;
    @Inject Clock clock;

    @Query
    @Allow({Role.SUPPLIER, Role.ASSESSOR, Role.OPERATOR})
    @Transactional
    @Description("Corrective actions by due date: a supplier's own, those of assessments assigned to an assessor's body, or all for the operator (at most 500).")
    public List<@NonNull ActionView> correctiveActions(@Id @Description("Only actions of this assessment.") String assessmentId,
                                                       @Description("Only actions in this state.") ActionStatus status,
                                                       @Description("Only overdue (true) or not overdue (false) actions.") Boolean overdue) {
        List<CorrectiveAction> list = actions.visible(Ids.parse("assessmentId", assessmentId), status, overdue);
        return views(list);
    }

    // ---- the supplier status gains action counts and the current rating (resolved for a whole list at once) ----

    @Allow({Role.SUPPLIER, Role.MEMBER, Role.OPERATOR})
    @Transactional
    @Description("Open and overdue corrective actions by severity.")
    public List<ActionCounts> actions(@Source List<SupplierStatusView> statuses) {
        Map<UUID, ActionStatusSummaries.Summary> s = summaries.of(statuses.stream().map(v -> UUID.fromString(v.supplierId())).toList());
        return statuses.stream().map(v -> ActionCounts.of(s.get(UUID.fromString(v.supplierId())))).toList();
    }

    @Allow({Role.SUPPLIER, Role.MEMBER, Role.OPERATOR})
    @Transactional
    @Description("The current rating: the published rating, with the open-critical-finding cap lifted once every critical action is verified or its finding withdrawn after a dispute.")
    public List<CurrentRating> currentRating(@Source List<SupplierStatusView> statuses) {
        Map<UUID, ActionStatusSummaries.Summary> s = summaries.of(statuses.stream().map(v -> UUID.fromString(v.supplierId())).toList());
        return statuses.stream().map(v -> {
            ActionStatusSummaries.Summary x = s.get(UUID.fromString(v.supplierId()));
            return new CurrentRating(x.currentRating(), x.publishedRating(), x.explanation());
        }).toList();
    }

    // ---- supplier transitions ----

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Describe the action and name its owner (OPEN or IN_PROGRESS → IN_PROGRESS).")
    public ActionPayload planCorrectiveAction(@NonNull @Description("The plan.") PlanActionInput input) {
        return payload(actions.plan(id(input.actionId), input.description, input.owner));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Post a progress update, with evidence documents (OPEN or IN_PROGRESS → IN_PROGRESS).")
    public ActionPayload postActionProgress(@NonNull @Description("The update.") ActionNoteInput input) {
        return payload(actions.progress(id(input.actionId), input.note, docs(input.evidenceDocumentIds)));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Propose a different due date, with a reason; the assessor accepts or refuses it.")
    public ActionPayload proposeDueDate(@NonNull @Description("The proposal.") ProposeDueDateInput input) {
        return payload(actions.proposeDueDate(id(input.actionId), input.dueDate, input.reason));
    }

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Submit the action for verification (IN_PROGRESS → SUBMITTED); needs a description and an owner.")
    public ActionPayload submitCorrectiveAction(@NonNull @Description("The submission.") ActionNoteInput input) {
        return payload(actions.submit(id(input.actionId), input.note, docs(input.evidenceDocumentIds)));
    }

    // ---- assessor transitions ----

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Accept or refuse a proposed due date (assigned assessment body; a refusal needs a reason).")
    public ActionPayload decideDueDate(@NonNull @Description("The decision.") DecideDueDateInput input) {
        return payload(actions.decideDueDate(id(input.actionId), input.accept, input.reason));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Verify a submitted action (SUBMITTED → VERIFIED). Assigned assessment body only.")
    public ActionPayload verifyCorrectiveAction(@NonNull @Description("The verification.") ActionNoteInput input) {
        return payload(actions.verify(id(input.actionId), input.note));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Send a submitted action back with a reason (SUBMITTED → IN_PROGRESS). Assigned assessment body only.")
    public ActionPayload sendBackCorrectiveAction(@NonNull @Description("Why.") SendBackInput input) {
        return payload(actions.sendBack(id(input.actionId), input.reason));
    }

    // ---- mapping ----

    private static UUID id(String s) {
        return Ids.parseInput("input.actionId", s);
    }

    private static List<UUID> docs(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(s -> Ids.parseInput("input.evidenceDocumentIds", s)).toList();
    }

    private ActionPayload payload(CorrectiveAction a) {
        return new ActionPayload(views(List.of(a)).get(0));
    }

    private List<ActionView> views(List<CorrectiveAction> list) {
        return actionViews.of(list);
    }

    // ---- types ----

    @Name("CorrectiveAction")
    @Description("What a supplier commits to for one finding (or in response to a grievance), verified by the assessment body.")
    public record ActionView(@NonNull @Id @Description("Opaque id.") String id,
                             @Id @Description("The finding it answers; null for a commitment made in response to a grievance.") String findingId,
                             @NonNull @Description("What it answers: a finding, or a grievance (the grievance itself is seen only by the supplier and the grievance handlers).") ActionOrigin origin,
                             @NonNull @Id @Description("The assessment of that finding (for a grievance commitment: the supplier's latest published assessment, whose body verifies it).") String assessmentId,
                             @NonNull @Id @Description("The supplier.") String supplierId,
                             @NonNull @Description("Severity of the finding.") Severity severity,
                             @NonNull @Description("State.") ActionStatus status,
                             @Description("Past its due date and not verified (derived from today's date).") boolean overdue,
                             @Description("What the supplier will do.") String description,
                             @Description("Who is responsible at the supplier.") String owner,
                             @NonNull @Description("Due date in force.") LocalDate dueDate,
                             @NonNull @Description("Default due date set at publication.") LocalDate originalDueDate,
                             @Description("Due date proposed by the supplier, awaiting the assessor.") LocalDate proposedDueDate,
                             @Description("Why the supplier proposes it.") String proposedDueReason,
                             @Description("When it was submitted for verification.") Instant submittedAt,
                             @Description("When it was verified.") Instant verifiedAt,
                             @NonNull @Description("What happened, oldest first.") List<@NonNull ActionEventView> history) {
    }

    @Name("CorrectiveActionEvent")
    @Description("One entry of a corrective action's history.")
    public record ActionEventView(@NonNull @Description("What happened.") ActionEventKind kind,
                                  @Description("Note, reason or description.") String note,
                                  @Description("Due date concerned, for due-date events.") LocalDate dueDate,
                                  @NonNull @Description("Evidence documents.") List<@NonNull String> evidenceDocumentIds,
                                  @NonNull @Description("Who (OIDC subject).") String author,
                                  @NonNull @Description("When.") Instant occurredAt) {
        static ActionEventView of(CorrectiveActionEvent e) {
            return new ActionEventView(e.kind, e.note, e.dueDate, Arrays.stream(e.evidenceIds).map(UUID::toString).toList(), e.author, e.occurredAt);
        }
    }

    @Name("ActionCounts")
    @Description("Corrective actions not yet verified, and those overdue, by severity.")
    public record ActionCounts(@Description("Open critical.") int openCritical, @Description("Open major.") int openMajor,
                               @Description("Open minor.") int openMinor, @Description("Overdue critical.") int overdueCritical,
                               @Description("Overdue major.") int overdueMajor, @Description("Overdue minor.") int overdueMinor) {
        static ActionCounts of(ActionStatusSummaries.Summary s) {
            return new ActionCounts(s.open().get(Severity.CRITICAL), s.open().get(Severity.MAJOR), s.open().get(Severity.MINOR),
                    s.overdue().get(Severity.CRITICAL), s.overdue().get(Severity.MAJOR), s.overdue().get(Severity.MINOR));
        }
    }

    @Name("CurrentRating")
    @Description("The rating as things stand, and how it differs from the published one.")
    public record CurrentRating(@Description("Current rating.") Rating rating,
                                @Description("Rating of the published assessment (never changes).") Rating publishedRating,
                                @NonNull @Description("Why the two are equal or differ.") String explanation) {
    }

    @Name("PlanActionInput")
    @Description("A corrective action plan.")
    public static class PlanActionInput {
        @NonNull @Id @Description("The action.") public String actionId;
        @NonNull @Description("What will be done (up to 5000 characters).") public String description;
        @NonNull @Description("Who is responsible (name or role).") public String owner;
    }

    @Name("ActionNoteInput")
    @Description("A note on an action, with optional evidence.")
    public static class ActionNoteInput {
        @NonNull @Id @Description("The action.") public String actionId;
        @Description("The note.") public String note;
        @Description("Uploaded evidence documents.") public List<@NonNull String> evidenceDocumentIds;
    }

    @Name("ProposeDueDateInput")
    @Description("A proposed due date.")
    public static class ProposeDueDateInput {
        @NonNull @Id @Description("The action.") public String actionId;
        @NonNull @Description("The proposed due date (after today).") public LocalDate dueDate;
        @NonNull @Description("Why.") public String reason;
    }

    @Name("DecideDueDateInput")
    @Description("The assessor's decision on a proposed due date.")
    public static class DecideDueDateInput {
        @NonNull @Id @Description("The action.") public String actionId;
        @Description("True to accept, false to refuse.") public boolean accept;
        @Description("Why (required when refusing).") public String reason;
    }

    @Name("SendBackInput")
    @Description("Send an action back.")
    public static class SendBackInput {
        @NonNull @Id @Description("The action.") public String actionId;
        @NonNull @Description("Why it is not verified.") public String reason;
    }

    @Description("Result of a change to a corrective action.")
    public static class ActionPayload extends MutationPayload {
        private ActionView action;

        public ActionPayload() {
        }

        ActionPayload(ActionView action) {
            this.action = action;
        }

        @Description("The action after the change; null when there are user errors.")
        public ActionView getAction() {
            return action;
        }

        @Override
        public List<String> auditTargetIds() {
            return action == null ? List.of() : List.of(action.id());
        }
    }
}
