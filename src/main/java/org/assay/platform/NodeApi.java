package org.assay.platform;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@code node(id:)} and {@code nodes(ids:)}: any {@link Node} by its global id, through the {@link NodeResolver} of its
 * type, which applies the same access rule as the type's own query. An object the caller may not see answers exactly
 * like an unknown id: null, with {@code NOT_FOUND} (per element for {@code nodes}, see {@code NodeListErrors}).
 */
@GraphQLApi
@Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
@Transactional
public class NodeApi {

    /** Most ids one {@code nodes} call takes (GitHub's limit). */
    public static final int MAX_IDS = 100;

    @Inject
    NodeResolvers resolvers;

    @Query
    @Description("The object with this global id, if you may see it (same rule as the object's own query); otherwise null with NOT_FOUND. "
            + "A malformed id (or a legacy raw UUID, which names no type) is INVALID_ARGUMENT.")
    public Node node(@NonNull @Id @Description("A global id, as returned by a `Node`'s `id`.") String id) {
        Node node = resolve(List.of(id)).get(0);
        if (node == null) {
            throw new NotFoundException("Node");
        }
        return node;
    }

    @Query
    @Description("The objects with these global ids, in the same order: each one you may not see (or that does not exist) is null, "
            + "with a NOT_FOUND error at its index. At most " + MAX_IDS + " ids; a constant number of SQL statements per type.")
    public @NonNull List<Node> nodes(@NonNull @Description("Global ids, at most " + MAX_IDS + ".") List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new InvalidArgumentException("ids may hold at most " + MAX_IDS + " ids, had " + ids.size());
        }
        return resolve(ids);
    }

    private List<Node> resolve(List<String> ids) {
        List<GlobalId> parsed = new ArrayList<>(ids.size());
        Map<String, Set<UUID>> byType = new LinkedHashMap<>();
        for (String id : ids) {
            GlobalId g = GlobalId.decode(id).orElseThrow(() -> new InvalidArgumentException(
                    "not a global id (use the `id` of a Node; legacy raw UUIDs name no type): " + abbreviate(id)));
            parsed.add(g);
            byType.computeIfAbsent(g.type(), t -> new LinkedHashSet<>()).add(g.id());
        }
        Map<String, Map<UUID, ? extends Node>> found = new HashMap<>();
        byType.forEach((type, uuids) -> resolvers.of(type).ifPresent(r -> found.put(type, r.visible(uuids))));
        List<Node> result = new ArrayList<>(ids.size());
        for (GlobalId g : parsed) {
            Map<UUID, ? extends Node> ofType = found.get(g.type());
            result.add(ofType == null ? null : ofType.get(g.id()));
        }
        return result;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
