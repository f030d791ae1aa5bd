package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * The GraphQL interface every user-error type implements (Shopify's {@code DisplayableError}). Each feature has its
 * own implementing type, {@code <Feature>UserError}, whose {@code code} is the feature's {@code <Feature>ErrorCode}
 * enum; clients that handle errors generically select {@code field} and {@code message} on this interface.
 */
@Name("DisplayableError")
@Description("A problem with a mutation's input. Every payload's `userErrors` holds errors of a type implementing this interface, "
        + "with a `code` from the feature's error-code enum. When a payload has user errors, nothing was written.")
public interface DisplayableError {

    @Name("field")
    @Description("Path to the input field at fault, e.g. `[\"input\", \"identifiers\", \"lei\"]` or `[\"input\", \"rows\", \"3\", \"supplierId\"]`; "
            + "null when the problem is not about one field.")
    List<@NonNull String> field();

    @Name("message")
    @NonNull
    @Description("Human-readable explanation, in English.")
    String message();
}
