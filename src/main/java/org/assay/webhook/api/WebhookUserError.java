package org.assay.webhook.api;

import org.assay.platform.DisplayableError;
import org.assay.platform.UserError;
import org.assay.webhook.WebhookErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** A problem with the input of a mutation on webhooks. */
@Description("A problem with the input of a mutation on webhooks. When a payload has user errors, nothing was written.")
public record WebhookUserError(
        @Description("Path to the input field at fault, e.g. `[\"input\", \"url\"]`; null when the problem is not about one field.")
        List<@NonNull String> field,
        @NonNull @Description("Why, as a stable code.") WebhookErrorCode code,
        @NonNull @Description("Human-readable explanation, in English.") String message) implements DisplayableError {

    static List<WebhookUserError> of(List<UserError> errors) {
        return errors.stream().map(e -> new WebhookUserError(e.path(), e.code().as(WebhookErrorCode.class), e.message())).toList();
    }
}
