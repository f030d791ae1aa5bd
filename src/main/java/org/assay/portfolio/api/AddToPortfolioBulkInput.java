package org.assay.portfolio.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Up to 1,000 suppliers to add at once. */
@Name("AddToPortfolioBulkInput")
@Description("Up to 1,000 suppliers to add at once.")
public class AddToPortfolioBulkInput {
    @NonNull @Description("The rows, 1 to 1,000. Row errors refer to them by 0-based index.")
    public List<@NonNull PortfolioRowInput> rows;
}
