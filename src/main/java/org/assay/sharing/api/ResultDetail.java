package org.assay.sharing.api;

import org.assay.assessment.api.AnswerView;
import org.assay.assessment.api.FindingView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Full detail of a published assessment, as FULL access shows it. */
@Description("Full detail of a published assessment.")
public record ResultDetail(@NonNull @Id @io.smallrye.graphql.api.Deprecated(reason = "Use `assessment`.") @Description("The raw id of the assessment. Deprecated: use `assessment`.") String assessmentId,
                            @org.eclipse.microprofile.graphql.Ignore java.util.UUID assessmentKey,
                           @NonNull @Description("Indicator answers with comments.") List<@NonNull AnswerView> answers,
                           @NonNull @Description("Findings.") List<@NonNull FindingView> findings,
                           @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use `evidence { id }`: the documents as `Document` objects, under evidence's read rule.")
                           @Description("Raw ids of the evidence documents referenced. Deprecated: use `evidence`.") List<@NonNull String> evidenceDocumentIds) {
}
