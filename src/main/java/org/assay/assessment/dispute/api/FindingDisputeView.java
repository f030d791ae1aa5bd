package org.assay.assessment.dispute.api;

import org.assay.assessment.dispute.DisputeStatus;
import org.assay.assessment.dispute.FindingDispute;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A supplier's dispute of a finding and the assessment body's decision, as everyone who sees the finding sees it. */
@Name("FindingDispute")
@Description("The supplier's reasoned objection to a finding of its published assessment, and the decision of the assessment body "
        + "that performed the assessment. Visible wherever the finding is, to the same people. A withdrawal is recorded here: "
        + "the published assessment and its findings never change, the current rating ignores withdrawn findings.")
public record FindingDisputeView(
        @NonNull @Id @Description("Opaque id of the dispute.") String id,
        @NonNull @Description("Where the dispute stands.") DisputeStatus status,
        @NonNull @Description("Why the supplier disputes the finding.") String reason,
        @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use `evidence { id }`: the documents as `Document` objects, under evidence's read rule.") @Description("Raw ids of the evidence documents the supplier cited. Deprecated: use `evidence`.")
        List<@NonNull String> evidenceDocumentIds,
        @NonNull @Description("When the supplier disputed the finding.") Instant disputedAt,
        @Description("Why the assessment body upheld or withdrew the finding; null while open.") String decisionReason,
        @Description("When the assessment body decided; null while open.") Instant decidedAt) {

    static FindingDisputeView of(FindingDispute d) {
        return new FindingDisputeView(d.id.toString(), d.status, d.reason, Arrays.stream(d.evidenceIds).map(UUID::toString).toList(),
                d.disputedAt, d.decisionReason, d.decidedAt);
    }
}
