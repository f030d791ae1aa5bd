package org.assay.supplier;

import org.eclipse.microprofile.graphql.Description;

@Description("Kind of supplier site.")
public enum SiteKind {
    @Description("Mine.") MINE,
    @Description("Concentrator.") CONCENTRATOR,
    @Description("Smelter or refiner.") SMELTER_REFINER,
    @Description("Processing plant.") PROCESSING_PLANT,
    @Description("Trading hub.") TRADING_HUB
}
