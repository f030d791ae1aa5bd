package org.assay.framework.scoring;

/** The conditions that cap a rating regardless of the overall score. */
@org.eclipse.microprofile.graphql.Description("A rule that limits the rating whatever the score.")
public enum CapKind {
    /** An essential indicator scored below the framework version's essential floor. */
    @org.eclipse.microprofile.graphql.Description("An essential indicator scores below the floor (default 50): rating at most BB.")
    ESSENTIAL_BELOW_FLOOR,
    /** The assessment has at least one open critical finding. */
    @org.eclipse.microprofile.graphql.Description("A critical finding is open: rating at most B.")
    OPEN_CRITICAL_FINDING
}
