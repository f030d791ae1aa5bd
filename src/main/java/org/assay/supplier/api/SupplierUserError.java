package org.assay.supplier.api;

import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.assay.supplier.SupplierErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a supplier-profile or site mutation. */
@Description("A problem with the input of a supplier-profile or site mutation. When a payload has user errors, nothing was written.")
public record SupplierUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"latitude\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") SupplierErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<SupplierUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new SupplierUserError(e.path(), e.code().as(SupplierErrorCode.class), e.message())).toList();
    }
}
