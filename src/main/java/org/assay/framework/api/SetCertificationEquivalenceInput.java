package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("SetCertificationEquivalenceInput")
@Description("A scheme-to-indicator mapping on the draft version.")
public class SetCertificationEquivalenceInput {
    @NonNull @Id @Description("The DRAFT framework version.")
    public String versionId;
    @NonNull @Description("Scheme code.")
    public String schemeCode;
    @NonNull @Description("Indicator code.")
    public String indicatorCode;
    @Description("For a YES_NO indicator: the answer a certificate implies.")
    public Boolean impliedYes;
    @Description("For a MATURITY indicator: the level (0-4) a certificate implies.")
    public Integer impliedMaturity;
}
