package org.assay.assessment.scoring;

/** The conditions that cap a rating regardless of the overall score. */
public enum CapKind {
    /** An essential indicator scored below the framework version's essential floor. */
    ESSENTIAL_BELOW_FLOOR,
    /** The assessment has at least one open critical finding. */
    OPEN_CRITICAL_FINDING
}
