package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a recorded certificate has been checked by an assessor.")
public enum CertificateStatus {
    @Description("Recorded by the supplier, not yet checked.") RECORDED,
    @Description("Checked by the assigned assessor: its scheme's equivalences answer the mapped indicators.") VERIFIED,
    @Description("Checked and refused by the assessor.") REJECTED
}
