package org.assay.framework.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of importing a framework version. */
@Description("Result of importing a framework version.")
public record ImportFrameworkPayload(
        @Description("The imported version; null when there are user errors.") VersionView version,
        @Description("True when it was published at once (the first version ever); false when it became the draft; null when there are user errors.") Boolean published,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull FrameworkUserError> userErrors) implements Payload {

    static ImportFrameworkPayload of(VersionView version, boolean published) {
        return new ImportFrameworkPayload(version, published, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}). */
    public static ImportFrameworkPayload failed(List<UserError> errors) {
        return new ImportFrameworkPayload(null, null, FrameworkUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return version == null ? List.of() : List.of(version.key().toString());
    }
}
