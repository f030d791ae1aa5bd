package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;

/** One problem with a mutation's input. */
@Description("A problem with a mutation's input. When a payload has user errors, nothing was written.")
public record UserError(
        @Description("Path to the input field at fault, e.g. `input.identifiers.lei` or `input.rows.3.supplierId`; null when the problem is not about one field.")
        String field,
        @Description("Stable, machine-readable code, e.g. `INVALID_FORMAT`, `REQUIRED`, `NOT_FOUND`.")
        String code,
        @Description("Human-readable explanation, in English.")
        String message) {

    public static UserError of(String field, String code, String message) {
        return new UserError(field, code, message);
    }
}
