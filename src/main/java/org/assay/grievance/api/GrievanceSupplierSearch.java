package org.assay.grievance.api;

import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** Criteria to find the supplier a grievance is about. */
@Name("GrievanceSupplierSearch")
@Description("Criteria to find the supplier a grievance is about; all optional, combined with AND.")
public class GrievanceSupplierSearch {
    @Description("Part of the supplier's name (case-insensitive).")
    public String name;
    @Description("ISO 3166-1 alpha-2 country of the supplier.")
    public String country;
    @Description("A mineral the supplier handles at one of its sites.")
    public Mineral mineral;
}
