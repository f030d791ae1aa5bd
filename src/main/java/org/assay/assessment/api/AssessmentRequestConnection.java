package org.assay.assessment.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of assessment requests. */
@Description("A page of assessment requests.")
public record AssessmentRequestConnection(@NonNull @Description("The requests of this page, each with its cursor.") List<@NonNull AssessmentRequestEdge> edges,
        @NonNull @Description("The requests of this page.") List<@NonNull AssessmentRequestView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
