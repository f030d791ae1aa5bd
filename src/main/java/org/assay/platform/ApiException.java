package org.assay.platform;

/**
 * A request-level refusal whose message is safe to show to the client; its code lands in
 * {@code errors[].extensions.code}. Field-level input problems are not exceptions: they are
 * {@link UserError}s in the mutation payload.
 */
public abstract class ApiException extends RuntimeException {
    protected ApiException(String message) {
        super(message);
    }

    public abstract String code();
}
