package org.assay.grievance.api;

import org.assay.grievance.GrievanceSummaries;
import org.assay.organisation.api.OrganisationView;
import org.assay.sharing.SharingLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Grievances about a supplier, at the level the caller may see. */
@Name("GrievanceSummary")
@Description("Grievances about a supplier at the level the caller may see: counts always, redacted finished cases at FULL.")
public record GrievanceSummaryView(
        @NonNull @Id @io.smallrye.graphql.api.Deprecated(reason = "Use `supplier { id }`: the supplier is an object now; this field keeps "
                + "the id `supplier` returned before until it is removed.")
        @Description("Global id of the supplier organisation (as `supplier.id`).") String supplierId,
        @NonNull @Description("The level this summary is shown at.") SharingLevel level,
        @NonNull @Description("Counts by category (categories with none left out).") List<@NonNull GrievanceCountView> byCategory,
        @NonNull @Description("Counts by stage (stages with none left out).") List<@NonNull GrievanceCountView> byStage,
        @Description("Resolved and closed cases (at most 100, latest first); null below FULL.") List<@NonNull FinishedGrievanceView> finished,
        @org.eclipse.microprofile.graphql.Ignore java.util.UUID supplierKey) {

    static GrievanceSummaryView of(GrievanceSummaries.Summary s) {
        return new GrievanceSummaryView(OrganisationView.TYPE.id(s.supplierId()), s.level(),
                s.byCategory().entrySet().stream().map(e -> new GrievanceCountView(e.getKey().name(), e.getValue())).toList(),
                s.byStage().entrySet().stream().map(e -> new GrievanceCountView(e.getKey().name(), e.getValue())).toList(),
                s.level() == SharingLevel.FULL ? s.finished().stream().map(FinishedGrievanceView::of).toList() : null, s.supplierId());
    }
}
