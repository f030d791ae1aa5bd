package org.assay.grievance.api;

import org.assay.grievance.GrievanceSeverity;
import org.assay.grievance.OtherMechanism;
import org.assay.grievance.TriageOutcome;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The input of {@code triageGrievance}. */
@Name("TriageGrievanceInput")
@Description("A triage decision on a received grievance.")
public class TriageGrievanceInput {
    @NonNull @Id @Description("The grievance.")
    public String grievanceId;
    @NonNull @Description("Admissible, not admissible (with a reason) or referred (with the mechanism and its reference).")
    public TriageOutcome outcome;
    @Description("The severity; unchanged when omitted (a retaliation report stays CRITICAL).")
    public GrievanceSeverity severity;
    @Description("Why (required when not admissible); up to 2000 characters. The complainant reads it.")
    public String reason;
    @Description("The other mechanism, when referred.")
    public OtherMechanism referredTo;
    @Description("The case's reference at the other mechanism, when referred; up to 200 characters.")
    public String referralReference;
}
