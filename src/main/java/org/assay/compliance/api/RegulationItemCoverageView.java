package org.assay.compliance.api;

import org.assay.compliance.CoverageStatus;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Name("RegulationItemCoverage")
@Description("One obligation or risk category of a regulation and how the assessment covers it.")
public record RegulationItemCoverageView(
        @NonNull @Description("The item as indicators cite it, e.g. `Annex X 2 Water` or `Art. 4(f) Chain of custody for minerals`.") String clause,
        @Description("Whether the item concerns mining and mineral supply chains (items that do not are listed but never required).") boolean relevantToMining,
        @NonNull @Description("Covered, partially covered, not covered, or not applicable to the supplier's scope.") CoverageStatus status,
        @NonNull @Description("The indicators of the assessment's framework version mapped to the item.") List<@NonNull CoveringIndicatorView> indicators) {
}
