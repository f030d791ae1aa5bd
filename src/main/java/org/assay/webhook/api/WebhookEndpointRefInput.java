package org.assay.webhook.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** Which webhook endpoint. */
@Name("WebhookEndpointRefInput")
@Description("Which webhook endpoint of your organisation.")
public class WebhookEndpointRefInput {
    @NonNull @Id @Description("The endpoint's id.")
    public String endpointId;
}
