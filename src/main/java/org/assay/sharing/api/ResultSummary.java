package org.assay.sharing.api;

import org.assay.framework.AssessmentMethod;
import org.assay.assessment.api.ThemeScoreView;
import org.assay.framework.scoring.Rating;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Summary of a published assessment, as SUMMARY access shows it. */
@Description("Summary of a published assessment.")
public record ResultSummary(@NonNull @Id @io.smallrye.graphql.api.Deprecated(reason = "Use `assessment`.") @Description("The raw id of the assessment. Deprecated: use `assessment`.") String assessmentId,
                            @org.eclipse.microprofile.graphql.Ignore java.util.UUID assessmentKey,
                            @NonNull @Description("How it was performed.") AssessmentMethod method,
                            @NonNull @Description("When it was published.") Instant publishedAt,
                            @NonNull @Description("First day of validity.") LocalDate validFrom,
                            @NonNull @Description("Last day of validity.") LocalDate validUntil,
                            @Description("Overall score 0–100.") BigDecimal overallScore,
                            @Description("Rating after caps.") Rating rating,
                            @NonNull @Description("Theme scores.") List<@NonNull ThemeScoreView> themes,
                            @NonNull @Description("Findings by severity.") FindingCounts findings) {
}
