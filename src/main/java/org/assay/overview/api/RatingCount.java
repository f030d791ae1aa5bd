package org.assay.overview.api;

import org.assay.framework.scoring.Rating;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Suppliers with one current rating. */
@Name("PortfolioRatingCount")
@Description("Suppliers with one current rating.")
public record RatingCount(@NonNull @Description("The current rating.") Rating rating,
                          @Description("How many suppliers.") int suppliers) {
}
