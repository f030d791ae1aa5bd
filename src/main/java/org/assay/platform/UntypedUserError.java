package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * The user-error type of features that have no {@code <Feature>ErrorCode} enum yet: its {@code code} is a string. Each
 * feature's sweep replaces it with its own {@code <Feature>UserError}; when none uses it, this type goes.
 *
 * @deprecated a feature declares {@code <Feature>ErrorCode} and {@code <Feature>UserError} (see docs/architecture.md).
 */
@Deprecated
@Name("UserError")
@Description("A problem with a mutation's input, for features whose codes are not an enum yet. When a payload has user errors, nothing was written.")
public record UntypedUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"rows\", \"3\", \"supplierId\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Stable, machine-readable code, e.g. `INVALID_FORMAT`, `REQUIRED`, `NOT_FOUND`.")
        String code,
        @NonNull @Description("Human-readable explanation, in English.")
        String message) implements DisplayableError {

    public static UntypedUserError of(UserError e) {
        return new UntypedUserError(e.path(), e.code().name(), e.message());
    }

    /** A free-text code ({@link UserError#of(String, String, String)}). */
    record Code(String name) implements ErrorCode {
    }
}
