package org.assay.assessment.api;

import jakarta.inject.Inject;
import org.assay.assessment.Certificates;
import org.assay.platform.Allow;
import org.assay.platform.Ids;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The supplier's certificates and their verification in a certificate-recognition assessment. */
@GraphQLApi
public class CertificateMutations {

    @Inject Certificates certificates;
    @Inject AssessmentReferences references;

    @Mutation
    @Allow(Role.SUPPLIER)
    @Description("Record a certificate the calling supplier holds (scheme, number, issuer, validity, document).")
    public CertificatePayload recordCertificate(@NonNull @Description("The certificate.") RecordCertificateInput input) {
        return CertificatePayload.of(CertificateView.of(certificates.record(new Certificates.NewCertificate(input.schemeCode,
                input.number, input.issuer, input.validFrom, input.validUntil, Ids.parseInput("input.documentId", input.documentId)))));
    }

    @Mutation
    @Allow(Role.ASSESSOR)
    @Description("Verify (or reject) a supplier's certificate in a certificate-recognition assessment. A verified, valid certificate answers "
            + "the indicators its scheme maps to in the assessment's framework version.")
    public AssessmentPayload verifyCertificate(@NonNull @Description("Which certificate, and the verdict.") VerifyCertificateInput input) {
        return AssessmentPayload.of(references.views(List.of(certificates.verify(AssessmentMutations.assessmentId(input.assessmentId),
                Ids.parseInput("input.certificateId", input.certificateId), input.accept))).get(0));
    }
}
