package org.assay.webhook.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.webhook.WebhookDeliveries;
import org.assay.webhook.WebhookEndpoint;
import org.assay.webhook.WebhookEndpoints;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for delivery attempts: seen by whoever sees their endpoint (its organisation's admins). */
@ApplicationScoped
public class WebhookDeliveryAttemptNodes implements NodeResolver {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    WebhookDeliveries deliveries;

    @Override
    public NodeType type() {
        return WebhookDeliveryAttemptView.TYPE;
    }

    @Override
    public Map<UUID, WebhookDeliveryAttemptView> visible(Collection<UUID> ids) {
        var mine = endpoints.mineAll().stream().map(e -> e.id).toList();
        return deliveries.attempts(ids, mine).stream().collect(Collectors.toMap(a -> a.id(), WebhookDeliveryAttemptView::of));
    }
}
