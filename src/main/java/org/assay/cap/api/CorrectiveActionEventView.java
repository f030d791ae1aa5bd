package org.assay.cap.api;

import org.assay.cap.ActionEventKind;
import org.assay.cap.CorrectiveActionEvent;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One entry of a corrective action's history. */
@Name("CorrectiveActionEvent")
@Description("One entry of a corrective action's history.")
public record CorrectiveActionEventView(@NonNull @Description("What happened.") ActionEventKind kind,
                                        @Description("Note, reason or description.") String note,
                                        @Description("Due date concerned, for due-date events.") LocalDate dueDate,
                                        @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use `evidence { id }`: the documents as `Document` objects, under evidence's read rule.") @Description("Raw ids of the evidence documents. Deprecated: use `evidence`.") List<@NonNull String> evidenceDocumentIds,
                                        @NonNull @Description("Who (OIDC subject).") String author,
                                        @NonNull @Description("When.") Instant occurredAt) {

    static CorrectiveActionEventView of(CorrectiveActionEvent e) {
        return new CorrectiveActionEventView(e.kind, e.note, e.dueDate, Arrays.stream(e.evidenceIds).map(UUID::toString).toList(), e.author, e.occurredAt);
    }
}
