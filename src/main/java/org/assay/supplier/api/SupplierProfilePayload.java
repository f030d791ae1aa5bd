package org.assay.supplier.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of a change to a supplier profile. */
@Description("Result of a change to a supplier profile.")
public record SupplierProfilePayload(
        @Description("The profile after the change; null when there are user errors.") SupplierProfileView profile,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull SupplierUserError> userErrors) implements Payload {

    static SupplierProfilePayload of(SupplierProfileView profile) {
        return new SupplierProfilePayload(profile, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no profile, the errors. */
    public static SupplierProfilePayload failed(List<UserError> errors) {
        return new SupplierProfilePayload(null, SupplierUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return profile == null ? List.of() : List.of(profile.id());
    }
}
