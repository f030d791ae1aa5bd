package org.assay.platform;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * How the feature that owns a {@link Node} type resolves global ids of that type for {@code node(id:)} and
 * {@code nodes(ids:)}. One CDI bean per type (a duplicate stops the service at start).
 *
 * <p>The contract: {@link #visible} applies <em>the same access rule as the type's own query</em> (an object the caller
 * may not see is simply absent, exactly like an unknown id) and costs a constant number of SQL statements whatever
 * the number of ids (one {@code where id in (…)}).
 */
public interface NodeResolver {

    /** The type this resolver answers for. */
    NodeType type();

    /** Of {@code ids}, the objects the caller may see, by id; unknown and invisible ids are left out. */
    Map<UUID, ? extends Node> visible(Collection<UUID> ids);
}
