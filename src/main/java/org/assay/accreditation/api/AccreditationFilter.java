package org.assay.accreditation.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

import java.time.LocalDate;

/** Filters of {@code accreditations}. */
@Name("AccreditationFilter")
@Description("Filters of the accreditation listing; all optional, combined with AND.")
public class AccreditationFilter {
    @Id
    @Description("Only accreditations of this body (operator only; a body always sees its own).")
    public String bodyId;
    @Description("Only accreditations active on this day (not withdrawn, within their validity).")
    public LocalDate activeOn;
}
