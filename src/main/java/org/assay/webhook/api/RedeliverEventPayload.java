package org.assay.webhook.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Result of asking for an event to be delivered again. */
@Description("Result of asking for an event to be delivered again: it is queued, due at once, with a fresh retry schedule.")
public record RedeliverEventPayload(
        @Description("The endpoint it goes to; null when there are user errors.") WebhookEndpointView endpoint,
        @Description("When the next attempt is due (now, or when the endpoint is active again); null when there are user errors.") Instant dueAt,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull WebhookUserError> userErrors,
        @Ignore UUID target, @Ignore UUID event) implements Payload {

    public static RedeliverEventPayload failed(List<UserError> errors) {
        return new RedeliverEventPayload(null, null, WebhookUserError.of(errors), null, null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString(), event.toString());
    }
}
