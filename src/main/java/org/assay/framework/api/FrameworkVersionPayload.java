package org.assay.framework.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of a mutation on a framework version. */
@Description("Result of a mutation on a framework version.")
public record FrameworkVersionPayload(
        @Description("The version (as it was, for a discarded draft); null when there are user errors.") VersionView version,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull FrameworkUserError> userErrors) implements Payload {

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static FrameworkVersionPayload failed(List<UserError> errors) {
        return new FrameworkVersionPayload(null, FrameworkUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return version == null ? List.of() : List.of(version.key().toString());
    }
}
