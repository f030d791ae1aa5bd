package org.assay.cahra.api;

import org.assay.cahra.CahraList;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.time.LocalDate;

/** One CAHRA list version (its entries: {@code CahraListFields.entries}). */
@Name("CahraList")
@Description("One version of a list of conflict-affected and high-risk areas (CAHRAs), by country and optionally region, "
        + "imported by the operator and never changed afterwards. The version in force on a day is the one with the latest "
        + "effective date on or before it (ties: the later import).")
public record CahraListView(
        @NonNull @org.eclipse.microprofile.graphql.Id @Description("Global id.") String id,
        @NonNull @Description("Who publishes the list, e.g. `EU indicative list of CAHRAs (Regulation (EU) 2017/821, Art. 14(2))`.") String source,
        @NonNull @Description("The publisher's version, e.g. `2026-Q3`.") String version,
        @NonNull @Description("First day the version is in force.") LocalDate effectiveFrom,
        @NonNull @Description("When the operator imported it.") Instant importedAt,
        @NonNull @Description("True for the version the platform made of the CAHRA flags typed in per site before lists existed: "
                + "under it a site is in a CAHRA when its (deprecated) `inCahra` flag says so.") boolean legacy) implements Node {

    public static final NodeType TYPE = new NodeType("CahraList");

    public static CahraListView of(CahraList l) {
        return new CahraListView(TYPE.id(l.id), l.source, l.version, l.effectiveFrom, l.importedAt, l.legacy);
    }
}
