package org.assay.portfolio.api;

import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.assay.portfolio.PortfolioService;
import org.assay.portfolio.SpendBand;
import org.assay.supplier.api.SupplierProfileView;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** An entry of the caller's portfolio as the schema shows it: only ever to the member that holds it. */
@Name("PortfolioEntry")
@Description("A supplier in the caller's portfolio, with the caller's own tags. Only the member that holds the entry ever sees it.")
public record PortfolioEntryView(
        @NonNull @Id @Description("Global id of the entry.") String id,
        @Description("The member's own reference for the supplier (e.g. its ERP vendor number); unique within the portfolio.") String internalId,
        @Description("The member's own category (free text).") String category,
        @Description("How much the member spends with the supplier per year.") SpendBand spendBand,
        @NonNull @Description("When the supplier was added to the portfolio.") Instant addedAt,
        @NonNull @Description("The supplier's public profile, with its sites.") SupplierProfileView supplier) implements Node {

    /** The node type of portfolio entries: their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("PortfolioEntry");

    static PortfolioEntryView of(PortfolioService.Listed l) {
        return new PortfolioEntryView(TYPE.id(l.entry().id), l.entry().internalId, l.entry().category,
                l.entry().spendBand, l.entry().addedAt, SupplierProfileView.of(l.supplier(), l.profile()));
    }
}
