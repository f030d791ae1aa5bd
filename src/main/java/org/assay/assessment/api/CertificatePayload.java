package org.assay.assessment.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of recording a certificate. */
@Description("Result of recording a certificate.")
public record CertificatePayload(
        @Description("The certificate; null when there are user errors.") CertificateView certificate,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AssessmentUserError> userErrors) implements Payload {

    static CertificatePayload of(CertificateView certificate) {
        return new CertificatePayload(certificate, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no certificate, the errors. */
    public static CertificatePayload failed(List<UserError> errors) {
        return new CertificatePayload(null, AssessmentUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return certificate == null ? List.of() : List.of(certificate.id());
    }
}
