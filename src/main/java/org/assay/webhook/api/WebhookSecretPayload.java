package org.assay.webhook.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of registering an endpoint or rotating its secret: the secret, shown this once. */
@Description("Result of registering a webhook endpoint or rotating its secret: the new signing secret, shown this once.")
public record WebhookSecretPayload(
        @Description("The endpoint; null when there are user errors.") WebhookEndpointView endpoint,
        @Description("The new signing secret (`whsec_` + base64 of 32 random bytes), shown only in this answer: store it now. "
                + "Verify deliveries with it by the Standard Webhooks scheme. Null when there are user errors.") String secret,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull WebhookUserError> userErrors,
        @Ignore UUID target) implements Payload {

    public static WebhookSecretPayload failed(List<UserError> errors) {
        return new WebhookSecretPayload(null, null, WebhookUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
