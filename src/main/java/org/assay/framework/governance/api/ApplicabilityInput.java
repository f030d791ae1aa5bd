package org.assay.framework.governance.api;

import java.util.List;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("ApplicabilityInput")
@Description("Where an indicator applies. In a change, an omitted field stays as it is.")
public class ApplicabilityInput {
    @Description("Stages; empty = all stages.")
    public List<@NonNull SupplyChainStage> stages;
    @Description("Minerals; empty = all minerals.")
    public List<@NonNull Mineral> minerals;
    @Description("Applies to CAHRA sites only.")
    public Boolean cahraOnly;
}
