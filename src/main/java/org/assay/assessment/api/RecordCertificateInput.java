package org.assay.assessment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

/** A certificate to record. */
@Name("RecordCertificateInput")
@Description("A certificate to record.")
public class RecordCertificateInput {
    @NonNull @Description("Recognised scheme code, e.g. ISO_14001, ISO_45001, RMI_RMAP.") public String schemeCode;
    @NonNull @Description("Certificate number.") public String number;
    @NonNull @Description("Issuing (certification) body.") public String issuer;
    @NonNull @Description("First day of validity.") public LocalDate validFrom;
    @NonNull @Description("Last day of validity.") public LocalDate validUntil;
    @Id @Description("The uploaded certificate document.") public String documentId;
}
