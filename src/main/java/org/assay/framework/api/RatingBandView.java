package org.assay.framework.api;

import java.math.BigDecimal;
import org.assay.framework.scoring.Rating;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RatingBand")
@Description("A rating and the lowest overall score that earns it.")
public record RatingBandView(
        @NonNull @Description("The rating.") Rating rating,
        @NonNull @Description("Lowest overall score (0-100, inclusive) for this rating.") BigDecimal minimumScore) {
}
