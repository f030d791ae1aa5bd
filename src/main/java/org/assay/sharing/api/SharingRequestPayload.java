package org.assay.sharing.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of a change to a sharing request. */
@Description("Result of a change to a sharing request.")
public record SharingRequestPayload(
        @Description("The request after the change; null when there are user errors.") SharingRequestView request,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull SharingUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static SharingRequestPayload of(SharingRequestView request) {
        return new SharingRequestPayload(request, List.of(), request.key());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no request, the errors. */
    public static SharingRequestPayload failed(List<UserError> errors) {
        return new SharingRequestPayload(null, SharingUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
