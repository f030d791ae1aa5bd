package org.assay.framework.api;

import java.util.List;
import org.assay.supplier.Mineral;
import org.assay.supplier.SupplyChainStage;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Applicability")
@Description("Where an indicator applies. Empty lists mean every stage / every mineral.")
public record ApplicabilityView(
        @NonNull @Description("Supply-chain stages it applies to; empty = all stages.") List<@NonNull SupplyChainStage> stages,
        @NonNull @Description("Minerals it applies to; empty = all minerals.") List<@NonNull Mineral> minerals,
        @Description("Applies only to sites in a conflict-affected or high-risk area (CAHRA).") boolean cahraOnly) {
}
