package org.assay.webhook.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.webhook.WebhookDeliveries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** {@code WebhookEndpoint.deliveryAttempts}: the delivery log of a list of endpoints in one statement. */
@GraphQLApi
@Transactional
public class WebhookDeliveryLog {

    @Inject
    WebhookDeliveries deliveries;

    @NonNull
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("The endpoint's delivery log, newest attempt first: attempt number, time, status code, latency, why it failed, next retry.")
    public List<@NonNull WebhookDeliveryAttemptConnection> deliveryAttempts(
            @Source List<WebhookEndpointView> endpoints,
            @Description("Page size, 1–100.") @DefaultValue("20") Integer first,
            @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        Instant afterAt = page.hasCursor() ? page.instant(0) : null;
        UUID afterId = page.hasCursor() ? page.uuid(1) : null;
        // the parents are endpoints the caller could see (their own rule): the log follows them
        Map<UUID, List<WebhookDeliveries.LoggedAttempt>> logs = deliveries.log(endpoints.stream().map(WebhookEndpointView::key).toList(),
                page.first(), afterAt, afterId);
        List<WebhookDeliveryAttemptConnection> out = new ArrayList<>();
        for (WebhookEndpointView e : endpoints) {
            out.add(page.slice(logs.get(e.key()), a -> PageRequest.encode(a.attemptedAt().toString(), a.id().toString()))
                    .connection(WebhookDeliveryAttemptView::of, WebhookDeliveryAttemptEdge::new, WebhookDeliveryAttemptConnection::new));
        }
        return out;
    }
}
