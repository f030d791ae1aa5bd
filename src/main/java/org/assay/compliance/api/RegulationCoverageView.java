package org.assay.compliance.api;

import org.assay.compliance.Regulation;
import org.assay.sharing.AccessLevel;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;

@Name("RegulationCoverage")
@Description("For one supplier, which obligations of a regulation its latest published assessment covers, with what answers, "
        + "and which are not covered. Answers and scores need FULL access; SUMMARY access shows the statuses only.")
public record RegulationCoverageView(
        @NonNull @Description("The regulation.") Regulation regulation,
        @NonNull @Description("Its full title.") String title,
        @NonNull @Description("What the items cover and where to check the regulation's current state (amendments, application dates).") String note,
        @NonNull @Description("How far the supplier shares its results with you (the operator and the supplier itself see everything).") AccessLevel access,
        @Description("When the supplier's latest published assessment, the one used, was published; null when none is (the "
                + "assessment itself is `sharedResults(supplierId).summary`).") Instant assessmentPublishedAt,
        @Description("The framework version it was made on (e.g. 2.0); null when none is published. Version 1.0 maps no EU rules.") String frameworkVersion,
        @NonNull @Description("Every item of the regulation, in the regulation's order.") List<@NonNull RegulationItemCoverageView> items) {
}
