package org.assay.grievance.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of suppliers for the public grievance page. */
@Description("A page of suppliers one may file a grievance about.")
public record GrievanceSupplierConnection(
        @NonNull @Description("The suppliers of this page, each with its cursor.") List<@NonNull GrievanceSupplierEdge> edges,
        @NonNull @Description("The suppliers of this page.") List<@NonNull GrievanceSupplierView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
