package org.assay.assessment;

import org.eclipse.microprofile.graphql.Description;

@Description("A supplier's assessment status, derived from its assessments and today's date.")
public enum SupplierStatusKind {
    @Description("No assessment published and none under way.") NOT_ASSESSED,
    @Description("An assessment is under way and none is published yet.") IN_PROGRESS,
    @Description("A published assessment is valid for more than 60 days.") RATED,
    @Description("The published assessment ends within 60 days.") EXPIRING,
    @Description("The published assessment has ended.") EXPIRED
}
