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
                           @NonNull @Description("Evidence documents referenced (download with GET /documents/{id}).") List<@NonNull String> evidenceDocumentIds) {
}
