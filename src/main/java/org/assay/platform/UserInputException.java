package org.assay.platform;

import java.util.List;

/**
 * Thrown by services when input is invalid. {@link OperationGuard} rolls the transaction back and turns it
 * into the mutation payload's {@code userErrors} (through the payload's {@code failed} factory), so nothing
 * half-written stays behind.
 */
public class UserInputException extends RuntimeException {
    private final List<UserError> errors;

    public UserInputException(List<UserError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("at least one user error");
        }
        this.errors = List.copyOf(errors);
    }

    public UserInputException(String field, ErrorCode code, String message) {
        this(List.of(UserError.of(field, code, message)));
    }

    /** @deprecated declare the code in the feature's {@code <Feature>ErrorCode} and pass the constant. */
    @Deprecated
    public UserInputException(String field, String code, String message) {
        this(List.of(UserError.of(field, code, message)));
    }

    public List<UserError> errors() {
        return errors;
    }
}
