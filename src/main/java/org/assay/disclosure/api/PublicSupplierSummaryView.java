package org.assay.disclosure.api;

import org.assay.framework.AssessmentMethod;
import org.assay.framework.scoring.Rating;
import org.assay.disclosure.Disclosures;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What a supplier publishes to everyone. */
@Name("PublicSupplierSummary")
@Description("The summary a supplier chose to publish to everyone, without sign-in: ratings, validity, method, corrective actions by "
        + "state and, if it chose, grievances by stage. Nothing else (no scores, answers, findings or buyers).")
public record PublicSupplierSummaryView(
        @NonNull @Description("The address name.") String slug,
        @NonNull @Description("The supplier's name.") String supplierName,
        @NonNull @Description("Its country (ISO 3166-1 alpha-2).") String country,
        @Description("The current rating: the published one, with the critical-finding cap lifted once every critical action is verified or its finding withdrawn after a dispute; null when not assessed.") Rating currentRating,
        @Description("The rating of the latest published assessment (never changes); null when not assessed.") Rating publishedRating,
        @Description("Method of that assessment.") AssessmentMethod method,
        @Description("Valid from.") LocalDate validFrom,
        @Description("Valid until.") LocalDate validUntil,
        @Description("When it was published.") Instant publishedAt,
        @NonNull @Description("Corrective actions of that assessment by state (every state, zero included).") List<@NonNull ActionStatusCount> correctiveActions,
        @Description("Grievances about the supplier by stage (every stage, zero included); null when the supplier chose not to show them.")
        List<@NonNull GrievanceStageCount> grievances,
        @NonNull @Description("When this summary was read.") Instant asOf) {

    static PublicSupplierSummaryView of(Disclosures.Summary s) {
        return new PublicSupplierSummaryView(s.slug(), s.supplierName(), s.country(), s.currentRating(), s.publishedRating(), s.method(),
                s.validFrom(), s.validUntil(), s.publishedAt(),
                s.actionsByStatus().entrySet().stream().map(e -> new ActionStatusCount(e.getKey(), e.getValue())).toList(),
                s.grievancesByStage() == null ? null
                        : s.grievancesByStage().entrySet().stream().map(e -> new GrievanceStageCount(e.getKey(), e.getValue())).toList(),
                s.asOf());
    }
}
