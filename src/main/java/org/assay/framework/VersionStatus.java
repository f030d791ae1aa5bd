package org.assay.framework;

import org.eclipse.microprofile.graphql.Description;

@Description("Life cycle of a framework version.")
public enum VersionStatus {
    @Description("Being prepared; adopted change proposals are applied here. The only status in which content may change.") DRAFT,
    @Description("In force; immutable. Assessments reference the version they used.") PUBLISHED,
    @Description("Superseded; immutable and still readable, for the assessments that used it.") RETIRED
}
