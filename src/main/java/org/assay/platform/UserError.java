package org.assay.platform;

import java.util.List;

/**
 * One problem with a mutation's input, as services report it (in a {@link UserInputException} or a {@link Validation}).
 * This is the Java model, not a GraphQL type: each feature's payload shows it as its {@code <Feature>UserError}
 * ({@code field} as a path list, {@code code} in the feature's enum), see {@link DisplayableError}.
 *
 * @param field path to the input field at fault, dot-separated, with list indexes as segments or in brackets
 *              ({@code input.identifiers.lei}, {@code input.rows.3.supplierId}, {@code themes[0].weight}); null when
 *              the problem is not about one field
 * @param code  the stable code: a constant of the feature's {@code <Feature>ErrorCode} or of {@link InputErrorCode}
 * @param message human-readable explanation, in English
 */
public record UserError(String field, ErrorCode code, String message) {

    public UserError {
        if (code == null) {
            throw new IllegalArgumentException("a user error needs a code");
        }
    }

    public static UserError of(String field, ErrorCode code, String message) {
        return new UserError(field, code, message);
    }

    /**
     * A user error with a free-text code: the form every feature used before its {@code <Feature>ErrorCode} enum.
     *
     * @deprecated declare the code in the feature's {@code <Feature>ErrorCode} enum and use {@link #of(String, ErrorCode, String)}.
     */
    @Deprecated
    public static UserError of(String field, String code, String message) {
        return new UserError(field, new UntypedUserError.Code(code), message);
    }

    /** {@link #field} as the path segments clients see: {@code input.rows[3].supplierId} → {@code [input, rows, 3, supplierId]}. */
    public List<String> path() {
        return FieldPath.segments(field);
    }
}
