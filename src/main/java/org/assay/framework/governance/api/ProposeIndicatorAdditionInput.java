package org.assay.framework.governance.api;

import java.time.Instant;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ProposeIndicatorAdditionInput")
@Description("A proposal to add an indicator.")
public class ProposeIndicatorAdditionInput {
    @NonNull @Description("Code of the existing aspect the indicator goes under, e.g. ENV.WAT.DIS.")
    public String aspectCode;
    @NonNull @Description("The new indicator.")
    public IndicatorInput indicator;
    @NonNull @Description("Why (at most 4000 characters).")
    public String rationale;
    @NonNull @Description("When voting closes: at least 1 hour and at most 90 days from now.")
    public Instant votingClosesAt;
}
