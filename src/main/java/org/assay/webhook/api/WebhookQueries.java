package org.assay.webhook.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.assay.platform.Allow;
import org.assay.platform.Clock;
import org.assay.platform.PageRequest;
import org.assay.platform.Role;
import org.assay.webhook.WebhookEndpoints;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Listing an organisation's webhook endpoints. */
@GraphQLApi
@Transactional
public class WebhookQueries {

    @Inject
    WebhookEndpoints endpoints;

    @Inject
    Clock clock;

    @Query
    @NonNull
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("Your organisation's webhook endpoints, oldest first (admins; other people are refused).")
    public WebhookEndpointConnection webhookEndpoints(@Description("Page size, 1–100.") @DefaultValue("20") Integer first,
                                                      @Description("Cursor to continue after.") String after) {
        PageRequest page = PageRequest.of(first, after);
        var now = clock.now();
        return page.slice(endpoints.list(page), WebhookEndpoints::cursorOf)
                .connection(e -> WebhookEndpointView.of(e, now), WebhookEndpointEdge::new, WebhookEndpointConnection::new);
    }
}
