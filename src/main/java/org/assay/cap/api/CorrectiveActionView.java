package org.assay.cap.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.assessment.Severity;
import org.assay.cap.ActionOrigin;
import org.assay.cap.ActionStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A corrective action as the schema shows it, built for a whole list by {@link CorrectiveActionViews}. The supplier
 * ({@code supplier}), the assessment and the finding are resolved for a whole list by {@link CorrectiveActionReferences}.
 */
@Name("CorrectiveAction")
@Description("What a supplier commits to for one finding (or in response to a grievance), verified by the assessment body.")
public record CorrectiveActionView(@NonNull @Id @Description("Opaque id.") String id,
                                   @Id @Deprecated(reason = "Use `finding`.")
                                   @Description("The raw id of the finding it answers; null for a commitment made in response to a grievance. Deprecated: use `finding`.") String findingId,
                                   @Ignore UUID findingKey,
                                   @NonNull @Description("What it answers: a finding, or a grievance (the grievance itself is seen only by the supplier and the grievance handlers).") ActionOrigin origin,
                                   @NonNull @Id @Deprecated(reason = "Use `assessment`.")
                                   @Description("The raw id of the assessment of that finding (for a grievance commitment: the supplier's latest published assessment, whose body verifies it). Deprecated: use `assessment`.") String assessmentId,
                                   @Ignore UUID assessmentKey,
                                   @NonNull @Id @Deprecated(reason = "Use `supplier { id }`: the supplier as an `Organisation` (its `id` is the organisation's global id).")
                                   @Description("The supplier's raw id. Deprecated: use `supplier`.") String supplierId,
                                   @Ignore UUID supplierKey,
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
                                   @NonNull @Description("What happened, oldest first.") List<@NonNull CorrectiveActionEventView> history) {
}
