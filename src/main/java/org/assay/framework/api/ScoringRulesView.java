package org.assay.framework.api;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoringRules;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ScoringRules")
@Description("How assessments against a version are rated: rating bands by overall score, then caps.")
public record ScoringRulesView(
        @NonNull @Description("Lowest overall score (inclusive) of each rating from AAA to B; C is everything below B.") List<@NonNull RatingBandView> bands,
        @NonNull @Description("An essential indicator scoring below this (0-100) caps the rating at `essentialCap`.") BigDecimal essentialFloor,
        @NonNull @Description("Best rating possible while an essential indicator is below the floor.") Rating essentialCap,
        @NonNull @Description("Best rating possible while a critical finding is open.") Rating openCriticalCap) {
    static ScoringRulesView of(ScoringRules r) {
        return new ScoringRulesView(Arrays.stream(Rating.values()).filter(x -> x != Rating.C)
                .map(x -> new RatingBandView(x, r.lowerBound(x))).toList(), r.essentialFloor(), r.essentialCap(), r.openCriticalCap());
    }
}
