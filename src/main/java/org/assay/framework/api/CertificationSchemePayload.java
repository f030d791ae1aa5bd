package org.assay.framework.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of a mutation on a certificate scheme. */
@Description("Result of a mutation on a certificate scheme.")
public record CertificationSchemePayload(
        @Description("The scheme after the change; null when there are user errors.") CertificationSchemeView scheme,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull FrameworkUserError> userErrors) implements Payload {

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static CertificationSchemePayload failed(List<UserError> errors) {
        return new CertificationSchemePayload(null, FrameworkUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return scheme == null ? List.of() : List.of(scheme.code());
    }
}
