package org.assay.platform;

/**
 * A request-level refusal whose message is safe to show to the client. It carries its code as an {@link ErrorCode}
 * constant ({@link #code()}): that constant, by name, is what {@code errors[].extensions.code} shows. Field-level input
 * problems are not exceptions of this kind: they are {@link UserError}s in the mutation payload.
 *
 * <p>Until the {@code errors[]} presentation reads {@link #code()} itself, each subclass also carries SmallRye's
 * {@code @io.smallrye.graphql.api.ErrorCode} with the same value (a test keeps the two equal).
 */
public abstract class ApiException extends RuntimeException {
    private final ErrorCode code;

    protected ApiException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    /** The code clients see in {@code errors[].extensions.code}. */
    public ErrorCode code() {
        return code;
    }
}
