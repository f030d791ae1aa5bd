package org.assay.cahra.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.cahra.CahraLists;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for CAHRA list versions: reference data, the rule of {@code cahraLists} (everyone signed in with a role). */
@ApplicationScoped
public class CahraListNodes implements NodeResolver {

    @Inject
    CahraLists lists;

    @Override
    public NodeType type() {
        return CahraListView.TYPE;
    }

    @Override
    public Map<UUID, CahraListView> visible(Collection<UUID> ids) {
        return lists.byIds(ids).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> CahraListView.of(e.getValue())));
    }
}
