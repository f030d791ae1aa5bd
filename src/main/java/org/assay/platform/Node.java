package org.assay.platform;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A major business object that can be fetched again by its global id ({@code node(id:)}, Relay's Node interface,
 * Shopify rule #5). The owning feature's view record implements it, returns {@code TYPE.id(uuid)} as {@code id}, and
 * registers a {@link NodeResolver} for its type.
 */
@Name("Node")
@Description("An object with a global id: `node(id:)` and `nodes(ids:)` fetch it again, under the same access rule as its own query.")
public interface Node {

    @Name("id")
    @Id
    @NonNull
    @Description("Global id: opaque, stable, unique across all types.")
    String id();
}
