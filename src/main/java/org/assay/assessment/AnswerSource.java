package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;

@Description("Who gave an answer.")
public enum AnswerSource {
    @Description("The supplier, in a self-assessment.") SUPPLIER,
    @Description("The assigned assessor.") ASSESSOR,
    @Description("Derived from a verified certificate through the scheme's equivalences.") CERTIFICATE
}
