package org.assay.framework.governance.api;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProposeIndicatorChangeInput")
@Description("A proposal to change an indicator.")
public class ProposeIndicatorChangeInput {
    @NonNull @Description("Code of the indicator to change.")
    public String indicatorCode;
    @NonNull @Description("The fields to change.")
    public IndicatorChangeInput change;
    @NonNull @Description("Why (at most 4000 characters).")
    public String rationale;
    @NonNull @Description("When voting closes: at least 1 hour and at most 90 days from now.")
    public Instant votingClosesAt;
}
