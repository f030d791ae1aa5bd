package org.assay.assessment.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.assessment.Certificate;
import org.assay.assessment.CertificateStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.UUID;

/** A supplier's certificate; its document is resolved beside it ({@link AssessmentLinks#documentOfCertificate}). */
@Name("Certificate")
@Description("A certificate a supplier holds under a recognised scheme.")
public record CertificateView(@NonNull @Id @Description("Opaque id.") String id,
                              @NonNull @Description("Scheme code, e.g. ISO_14001, RMI_RMAP.") String schemeCode,
                              @NonNull @Description("Certificate number.") String number,
                              @NonNull @Description("Issuing body.") String issuer,
                              @NonNull @Description("First day of validity.") LocalDate validFrom,
                              @NonNull @Description("Last day of validity.") LocalDate validUntil,
                              @Id @Deprecated(reason = "Use `document` instead.")
                              @Description("Raw id of the certificate document. Deprecated: use `document`.") String documentId,
                              @Ignore UUID documentKey,
                              @NonNull @Description("Whether an assessor checked it.") CertificateStatus status) {

    static CertificateView of(Certificate c) {
        return new CertificateView(c.id.toString(), c.schemeCode, c.number, c.issuer, c.validFrom, c.validUntil, Uuids.str(c.documentId), c.documentId, c.status);
    }
}
