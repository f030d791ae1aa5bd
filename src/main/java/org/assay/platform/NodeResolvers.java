package org.assay.platform;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link NodeResolver} of every {@link Node} type, by type name; two resolvers for one type stop the service at start. */
@ApplicationScoped
public class NodeResolvers {

    @Inject
    @Any
    Instance<NodeResolver> resolvers;

    private volatile Map<String, NodeResolver> byType;

    void check(@Observes StartupEvent start) {
        byType();
    }

    public Optional<NodeResolver> of(String type) {
        return Optional.ofNullable(byType().get(type));
    }

    private Map<String, NodeResolver> byType() {
        Map<String, NodeResolver> map = byType;
        if (map == null) {
            map = new HashMap<>();
            for (NodeResolver r : resolvers) {
                NodeResolver before = map.put(r.type().name(), r);
                if (before != null) {
                    throw new IllegalStateException("two node resolvers for " + r.type().name() + ": "
                            + before.getClass().getName() + ", " + r.getClass().getName());
                }
            }
            byType = Map.copyOf(map);
        }
        return map;
    }
}
