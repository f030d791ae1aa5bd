package org.assay.assessment.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An assessor's verdict on a certificate. */
@Name("VerifyCertificateInput")
@Description("An assessor's verdict on a certificate.")
public class VerifyCertificateInput {
    @NonNull @Id @Description("The certificate-recognition assessment (its global id, or the legacy raw id).") public String assessmentId;
    @NonNull @Id @Description("The supplier's certificate.") public String certificateId;
    @Description("True to verify, false to reject.") public boolean accept;
}
