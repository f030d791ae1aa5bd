package org.assay.webhook.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of a change to a webhook endpoint. */
@Description("Result of a change to a webhook endpoint.")
public record WebhookEndpointPayload(
        @Description("The endpoint after the change (as it was, for a deletion); null when there are user errors.") WebhookEndpointView endpoint,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull WebhookUserError> userErrors,
        @Ignore UUID target) implements Payload {

    public static WebhookEndpointPayload failed(List<UserError> errors) {
        return new WebhookEndpointPayload(null, WebhookUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
