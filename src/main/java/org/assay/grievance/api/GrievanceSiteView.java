package org.assay.grievance.api;

import org.assay.grievance.PublicSuppliers;
import org.assay.platform.NodeType;
import org.assay.supplier.Mineral;
import org.assay.supplier.SiteKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A site as anyone may see it to file a grievance about it: a projection, not a Node. */
@Name("GrievanceSite")
@Description("A supplier's site as anyone may see it to file a grievance about it: name, kind, country and minerals only.")
public record GrievanceSiteView(
        @NonNull @Id @Description("Id of the site (pass it as `siteId` when filing).") String id,
        @NonNull @Description("Name of the site.") String name,
        @NonNull @Description("Kind of site.") SiteKind kind,
        @NonNull @Description("ISO 3166-1 alpha-2 country of the site.") String country,
        @NonNull @Description("Minerals handled at the site.") List<@NonNull Mineral> minerals) {

    /** Global ids of sites, as the grievance projection shows them. */
    public static final NodeType SITE = new NodeType("Site");

    static GrievanceSiteView of(PublicSuppliers.Site s) {
        return new GrievanceSiteView(SITE.id(s.id()), s.name(), s.kind(), s.country(), s.minerals());
    }
}
