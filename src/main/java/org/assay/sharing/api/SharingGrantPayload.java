package org.assay.sharing.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of a change to a grant. */
@Description("Result of a change to a grant.")
public record SharingGrantPayload(
        @Description("The grant after the change; null when there are user errors.") SharingGrantView grant,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull SharingUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static SharingGrantPayload of(SharingGrantView grant) {
        return new SharingGrantPayload(grant, List.of(), grant.key());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no grant, the errors. */
    public static SharingGrantPayload failed(List<UserError> errors) {
        return new SharingGrantPayload(null, SharingUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
