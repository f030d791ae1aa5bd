package org.assay.supplier;

import org.eclipse.microprofile.graphql.Description;

/** Where in the mineral supply chain a site operates; also the vocabulary of indicator applicability. */
@Description("Stage of the mineral supply chain a site operates in; also used to scope indicators.")
public enum SupplyChainStage {
    @Description("Mining and extraction.") EXTRACTION,
    @Description("Concentration and primary processing.") PROCESSING,
    @Description("Smelting and refining.") REFINING,
    @Description("Manufacturing of components (e.g. precursors, cathodes).") MANUFACTURING,
    @Description("Recycling of scrap and end-of-life material.") RECYCLING,
    @Description("Trading and logistics hubs.") TRADING
}
