package org.assay.webhook;

import org.assay.platform.ErrorCode;
import org.eclipse.microprofile.graphql.Description;

/** Why a mutation on webhooks was refused ({@code WebhookUserError.code}). */
@Description("Why a mutation on webhooks was refused.")
public enum WebhookErrorCode implements ErrorCode {
    @Description("A required value is missing or blank.") REQUIRED,
    @Description("A text is longer than allowed (URL: 2000 characters; description: 500).") TOO_LONG,
    @Description("An id is not a webhook endpoint's (or an event's) id.") INVALID_ID,
    @Description("No webhook endpoint of your organisation has this id (the same answer whether it exists elsewhere or not at all), or no delivery of this event to it.") NOT_FOUND,
    @Description("The value is invalid.") INVALID,
    @Description("The URL is not an absolute http(s) URL with a host, or carries user info or a fragment.") INVALID_URL,
    @Description("Webhooks are sent over https only (http only to loopback, in development).") HTTPS_REQUIRED,
    @Description("The URL names a private, loopback, link-local or otherwise internal address.") FORBIDDEN_TARGET,
    @Description("The endpoint is already active.") ALREADY_ACTIVE,
    @Description("The endpoint is already paused.") ALREADY_PAUSED,
    @Description("An organisation has at most 20 webhook endpoints.") TOO_MANY_ENDPOINTS
}
