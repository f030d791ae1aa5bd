package org.assay.organisation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One organisation of a page, with its cursor. */
@Description("An organisation in a page, with its cursor.")
public record OrganisationEdge(
        @NonNull @Description("Cursor of this organisation: pass it as `after` to continue after it.") String cursor,
        @NonNull @Description("The organisation.") OrganisationView node) {
}
