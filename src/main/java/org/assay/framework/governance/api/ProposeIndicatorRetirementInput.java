package org.assay.framework.governance.api;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProposeIndicatorRetirementInput")
@Description("A proposal to retire an indicator.")
public class ProposeIndicatorRetirementInput {
    @NonNull @Description("Code of the indicator to retire.")
    public String indicatorCode;
    @NonNull @Description("Why (at most 4000 characters).")
    public String rationale;
    @NonNull @Description("When voting closes: at least 1 hour and at most 90 days from now.")
    public Instant votingClosesAt;
}
