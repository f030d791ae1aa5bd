package org.assay.framework.governance.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("GovernanceThresholdsInput")
@Description("New adoption thresholds.")
public class GovernanceThresholdsInput {
    @NonNull @Description("Share of eligible member organisations that must vote, e.g. 1/2.")
    public FractionInput quorum;
    @NonNull @Description("Share of YES among YES + NO votes needed, e.g. 2/3.")
    public FractionInput majority;
}
