package org.assay.platform;

/**
 * The input-problem codes that platform helpers produce ({@link Validation}, {@link Ids#parseInput}). Not a GraphQL
 * enum of its own: every feature's {@code <Feature>ErrorCode} declares these constants too (with the same meaning),
 * and a problem is reported in the enum of the feature whose payload carries it ({@link ErrorCode#as}).
 */
public enum InputErrorCode implements ErrorCode {
    /** A required value is missing or blank. */
    REQUIRED,
    /** A text is longer than allowed. */
    TOO_LONG,
    /** An id is not an id (neither a global id nor a legacy UUID), or an id of another type. */
    INVALID_ID,
    /** Nothing the caller may see exists under an id. */
    NOT_FOUND,
    /** The value is invalid in a way no more specific code describes. */
    INVALID
}
