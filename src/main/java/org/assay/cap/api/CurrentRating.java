package org.assay.cap.api;

import org.assay.framework.scoring.Rating;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The rating as things stand, and how it differs from the published one. */
@Name("CurrentRating")
@Description("The rating as things stand, and how it differs from the published one.")
public record CurrentRating(@Description("Current rating.") Rating rating,
                            @Description("Rating of the published assessment (never changes).") Rating publishedRating,
                            @NonNull @Description("Why the two are equal or differ.") String explanation) {
}
