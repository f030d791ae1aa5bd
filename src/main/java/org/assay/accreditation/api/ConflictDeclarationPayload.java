package org.assay.accreditation.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of a declaration of a conflict of interest. */
@Description("Result of a declaration of a conflict of interest.")
public record ConflictDeclarationPayload(
        @Description("The declaration; null when there are user errors.") ConflictDeclarationView declaration,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AccreditationUserError> userErrors,
        @Ignore UUID target) implements Payload {

    /** The failure factory ({@link org.assay.platform.Payloads}): no declaration, the errors. */
    public static ConflictDeclarationPayload failed(List<UserError> errors) {
        return new ConflictDeclarationPayload(null, AccreditationUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
