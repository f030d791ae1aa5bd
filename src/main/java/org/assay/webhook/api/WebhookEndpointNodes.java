package org.assay.webhook.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.webhook.WebhookEndpoints;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for webhook endpoints: the rule of {@code webhookEndpoints} (the owning organisation's admins), one statement. */
@ApplicationScoped
public class WebhookEndpointNodes implements NodeResolver {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    Clock clock;

    @Override
    public NodeType type() {
        return WebhookEndpointView.TYPE;
    }

    @Override
    public Map<UUID, WebhookEndpointView> visible(Collection<UUID> ids) {
        var now = clock.now();
        return endpoints.visible(ids).stream().collect(Collectors.toMap(e -> e.id, e -> WebhookEndpointView.of(e, now)));
    }
}
