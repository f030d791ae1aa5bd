package org.assay.platform;

/**
 * Codes of request-level refusals ({@code errors[].extensions.code}) that the platform raises, whatever the feature.
 * ({@code unauthorized} and {@code forbidden} come from Quarkus security, in lower case.)
 */
public enum RequestErrorCode implements ErrorCode {
    /** Nothing the caller may see exists under that id (deliberately the same answer for "exists but not yours"). */
    NOT_FOUND,
    /** A query argument cannot be served: page size over the cap, malformed cursor or id. */
    INVALID_ARGUMENT,
    /** Signed in, but no organisation has added this person. */
    NOT_A_MEMBER,
    /** The caller's organisation is suspended. */
    ORGANISATION_SUSPENDED,
    /** A long-lived subscription ended: the caller's membership changed since it started (removed, moved, role, suspension). */
    MEMBERSHIP_CHANGED,
    /** The database cannot be reached; retry after the {@code Retry-After} seconds (HTTP 503). */
    SERVICE_UNAVAILABLE,
    /** An unexpected failure on the server; the answer carries an {@code errorId} that the server's log line repeats. */
    INTERNAL
}
