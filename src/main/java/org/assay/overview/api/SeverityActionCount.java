package org.assay.overview.api;

import org.assay.assessment.Severity;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Corrective actions of one severity over the portfolio. */
@Name("PortfolioActionCount")
@Description("Corrective actions of one severity over your portfolio (shared suppliers only).")
public record SeverityActionCount(@NonNull @Description("CRITICAL, MAJOR or MINOR.") Severity severity,
                                  @Description("Suppliers with at least one unverified action of this severity.") int suppliersWithOpen,
                                  @Description("Suppliers with at least one overdue action of this severity.") int suppliersWithOverdue,
                                  @Description("Unverified actions of this severity.") int open,
                                  @Description("Overdue actions of this severity.") int overdue) {
}
