package org.assay.grievance.api;

import org.assay.grievance.GrievanceLanguage;
import org.assay.grievance.Grievances;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** The receipt of a filed grievance; the follow-up code is in it this once. */
@Name("GrievanceReceipt")
@Description("The receipt of a filed grievance. Keep the reference and the follow-up code: the code is shown only this once and cannot be recovered.")
public record GrievanceReceiptView(
        @NonNull @Description("The case reference, e.g. GRV-7K2M-9QXD.") String reference,
        @NonNull @Description("The secret follow-up code (shown once; only a digest is stored).") String followUpCode,
        @NonNull @Description("The language the case was filed in.") GrievanceLanguage language,
        @NonNull @Description("When it was filed.") Instant filedAt) {

    static GrievanceReceiptView of(Grievances.Receipt r) {
        return new GrievanceReceiptView(r.grievance().reference, r.followUpCode(), r.grievance().language, r.grievance().filedAt);
    }

    @Override
    public String toString() {
        return "GrievanceReceipt[" + reference + "]";
    }
}
