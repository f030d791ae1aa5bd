package org.assay.supplier;

import org.eclipse.microprofile.graphql.Description;

/** Minerals and metals handled at a site; also the vocabulary of indicator applicability. */
@Description("A mineral or metal handled at a site; also used to scope indicators.")
public enum Mineral {
    @Description("Cobalt (e.g. DRC copper-cobalt belt).") COBALT,
    @Description("Lithium (brine or hard rock).") LITHIUM,
    @Description("Nickel (laterite or sulphide).") NICKEL,
    @Description("Copper.") COPPER,
    @Description("Graphite of an unstated kind (framework 1.0 and sites recorded before the split); matches both "
            + "NATURAL_GRAPHITE and SYNTHETIC_GRAPHITE. Use one of those for new data.")
    @io.smallrye.graphql.api.Deprecated(reason = "Use NATURAL_GRAPHITE or SYNTHETIC_GRAPHITE: framework 2.0 scopes them apart "
            + "(the EU Battery Regulation covers natural graphite only).")
    GRAPHITE,
    @Description("Natural (flake or amorphous) graphite, mined and purified.") NATURAL_GRAPHITE,
    @Description("Synthetic graphite made from petroleum coke or needle coke.") SYNTHETIC_GRAPHITE,
    @Description("Manganese.") MANGANESE,
    @Description("Tin (3TG).") TIN,
    @Description("Tantalum (3TG).") TANTALUM,
    @Description("Tungsten (3TG).") TUNGSTEN,
    @Description("Gold (3TG).") GOLD,
    @Description("Rare earth elements.") RARE_EARTHS,
    @Description("Aluminium and bauxite.") ALUMINIUM,
    @Description("Zinc.") ZINC,
    @Description("Silver.") SILVER,
    @Description("Platinum-group metals.") PLATINUM_GROUP_METALS,
    @Description("Mica (sheet and scrap mica; hand-collected in parts of India and Madagascar).") MICA,
    @Description("Molybdenum.") MOLYBDENUM,
    @Description("Lead.") LEAD,
    @Description("Barite (barium sulphate).") BARITE;

    /**
     * The mineral names a scope's minerals match for applicability: GRAPHITE (of an unstated kind) matches both kinds
     * of graphite and each kind matches GRAPHITE, so 1.0 indicators still apply to sites recorded after the split and
     * 2.0 indicators to sites recorded before it.
     */
    public static java.util.Set<String> matching(java.util.Collection<String> minerals) {
        java.util.Set<String> out = new java.util.HashSet<>(minerals);
        if (minerals.contains(GRAPHITE.name())) {
            out.add(NATURAL_GRAPHITE.name());
            out.add(SYNTHETIC_GRAPHITE.name());
        }
        if (minerals.contains(NATURAL_GRAPHITE.name()) || minerals.contains(SYNTHETIC_GRAPHITE.name())) {
            out.add(GRAPHITE.name());
        }
        return out;
    }
}
