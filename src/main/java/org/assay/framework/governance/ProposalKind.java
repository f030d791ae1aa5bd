package org.assay.framework.governance;

import org.eclipse.microprofile.graphql.Description;

@Description("What a change proposal does to an indicator.")
public enum ProposalKind {
    @Description("Add a new indicator (new code) under an existing aspect.") ADD,
    @Description("Change an existing indicator: texts, classification, weight, applicability, risk type, references or numeric thresholds.") CHANGE,
    @Description("Retire an existing indicator: it is no longer part of the framework from the next version on.") RETIRE
}
