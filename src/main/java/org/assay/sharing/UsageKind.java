package org.assay.sharing;

import org.eclipse.microprofile.graphql.Description;

@Description("A billable use of the platform (metering only; invoicing is out of scope).")
public enum UsageKind {
    @Description("A member's first full read of an assessment (repeated reads are free).") FULL_READ,
    @Description("A member's request that led to a new assessment or joined an open one (its share of the assessment fee).") ASSESSMENT_FEE
}
