package org.assay.framework.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("RemoveCertificationEquivalenceInput")
@Description("A scheme-to-indicator mapping to remove from the draft version.")
public class RemoveCertificationEquivalenceInput {
    @NonNull @Id @Description("The DRAFT framework version.")
    public String versionId;
    @NonNull @Description("Scheme code.")
    public String schemeCode;
    @NonNull @Description("Indicator code.")
    public String indicatorCode;
}
