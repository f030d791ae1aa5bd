package org.assay.grievance.api;

import org.assay.grievance.ProtectedFields;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** The protected fields of a grievance, decrypted for a grievance handler. */
@Name("GrievanceComplainant")
@Description("Who filed a grievance and how to reach them, and what they marked private. Only the operator's grievance handlers see it; never the supplier.")
public record GrievanceComplainantView(
        @Description("The complainant's name; null when anonymous.") String name,
        @Description("How to reach the complainant; null when none was given.") String contact,
        @Description("What the complainant marked private (for handlers only).") String privateDetails) {

    static GrievanceComplainantView of(ProtectedFields f) {
        return f == null ? new GrievanceComplainantView(null, null, null) : new GrievanceComplainantView(f.name(), f.contact(), f.privateDetails());
    }

    @Override
    public String toString() {
        return "GrievanceComplainant[redacted]";
    }
}
