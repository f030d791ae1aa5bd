package org.assay.grievance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The site a grievance is about, by id (the supplier's own `Site` objects carry the rest). */
@Name("GrievanceSiteRef")
@Description("The site a grievance is about.")
public record GrievanceSiteRef(
        @NonNull @Id @Description("Id of the site (as `GrievanceSite.id`).") String id) {
}
