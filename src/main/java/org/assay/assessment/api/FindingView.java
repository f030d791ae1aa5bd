package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.assessment.Finding;
import org.assay.assessment.Severity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A finding; {@code assessment} is resolved for a whole list by {@link AssessmentLinks}. */
@Name("Finding")
@Description("A non-conformity or observation raised by the assessor.")
public record FindingView(
        @NonNull @Id @Description("Opaque id.") String id,
        @NonNull @Id @Deprecated(reason = "Use `assessment { id }`: an assessment's id is its global id now; this field keeps the legacy "
                + "raw id until it is removed.") @Description("The legacy raw id of the assessment it was raised in.") String assessmentId,
        @NonNull @Description("How serious it is.") Severity severity,
        @NonNull @Description("Short title.") String title,
        @NonNull @Description("What was found.") String description,
        @NonNull @Description("Indicators it concerns.") List<@NonNull String> indicatorCodes,
        @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use `evidence { id }`: the documents as `Document` objects, under evidence's read rule.") @Description("Raw ids of the supporting documents. Deprecated: use `evidence`.") List<@NonNull String> evidenceDocumentIds,
        @NonNull @Description("When it was raised.") Instant raisedAt,
        @Ignore UUID assessmentKey) {

    public static FindingView of(Finding f) {
        return new FindingView(f.id.toString(), f.assessmentId.toString(), f.severity, f.title, f.description,
                List.of(f.indicatorCodes), Arrays.stream(f.evidenceIds).map(UUID::toString).toList(), f.raisedAt, f.assessmentId);
    }
}
