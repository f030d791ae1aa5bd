package org.assay.assessment.api;

import org.assay.platform.PageInfo;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A page of assessments. */
@Description("A page of assessments.")
public record AssessmentConnection(@NonNull @Description("The assessments of this page, each with its cursor.") List<@NonNull AssessmentEdge> edges,
        @NonNull @Description("The assessments of this page.") List<@NonNull AssessmentView> nodes,
        @NonNull @Description("Paging information.") PageInfo pageInfo) {
}
