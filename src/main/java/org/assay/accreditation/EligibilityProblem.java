package org.assay.accreditation;

/**
 * Why an assessment body may not be assigned to assess a supplier. Returned by
 * {@link AccreditationService#problems}; an empty list means the body is eligible.
 */
public record EligibilityProblem(Code code, String message) {

    public enum Code {
        /** No active accreditation of the body covers the method, minerals and country on that date (or it is no body at all). */
        NOT_ACCREDITED,
        /** The body or the supplier declared a conflict of interest with the other. */
        CONFLICT_OF_INTEREST,
        /** The body's organisation is suspended on the platform. */
        BODY_SUSPENDED
    }
}
