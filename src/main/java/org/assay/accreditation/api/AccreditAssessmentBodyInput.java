package org.assay.accreditation.api;

import org.assay.framework.AssessmentMethod;
import org.assay.supplier.Mineral;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;
import java.util.List;

/** Input of {@code accreditAssessmentBody}. */
@Name("AccreditAssessmentBodyInput")
@Description("An accreditation to grant.")
public class AccreditAssessmentBodyInput {
    @NonNull @Id @Description("The assessment body (an organisation of kind ASSESSMENT_BODY).")
    public String bodyId;
    @NonNull @Description("Assessment methods covered; at least one.")
    public List<@NonNull AssessmentMethod> methods;
    @Description("Minerals covered; empty or omitted means any mineral.")
    public List<@NonNull Mineral> minerals;
    @Description("ISO 3166-1 alpha-2 countries covered; empty or omitted means any country.")
    public List<@NonNull String> countries;
    @NonNull @Description("First day of validity.")
    public LocalDate validFrom;
    @NonNull @Description("Last day of validity (inclusive); not before validFrom nor before today.")
    public LocalDate validUntil;
}
