package org.assay.supplier;

import org.eclipse.microprofile.graphql.Description;

/** Minerals and metals handled at a site; also the vocabulary of indicator applicability. */
@Description("A mineral or metal handled at a site; also used to scope indicators.")
public enum Mineral {
    @Description("Cobalt (e.g. DRC copper-cobalt belt).") COBALT,
    @Description("Lithium (brine or hard rock).") LITHIUM,
    @Description("Nickel (laterite or sulphide).") NICKEL,
    @Description("Copper.") COPPER,
    @Description("Natural or synthetic graphite.") GRAPHITE,
    @Description("Manganese.") MANGANESE,
    @Description("Tin (3TG).") TIN,
    @Description("Tantalum (3TG).") TANTALUM,
    @Description("Tungsten (3TG).") TUNGSTEN,
    @Description("Gold (3TG).") GOLD,
    @Description("Rare earth elements.") RARE_EARTHS,
    @Description("Aluminium / bauxite.") ALUMINIUM,
    @Description("Zinc.") ZINC,
    @Description("Silver.") SILVER,
    @Description("Platinum-group metals.") PLATINUM_GROUP_METALS
}
