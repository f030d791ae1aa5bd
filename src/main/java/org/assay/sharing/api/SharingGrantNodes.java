package org.assay.sharing.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.sharing.Sharing;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for grants: the rule of {@code mySharingGrants} (the supplier's own grants, nobody else's), one statement. */
@ApplicationScoped
public class SharingGrantNodes implements NodeResolver {

    @Inject
    Sharing sharing;

    @Inject
    SharingViews views;

    @Override
    public NodeType type() {
        return SharingGrantView.TYPE;
    }

    @Override
    public Map<UUID, SharingGrantView> visible(Collection<UUID> ids) {
        return views.grants(sharing.ownGrants(ids)).stream().collect(Collectors.toMap(SharingGrantView::key, v -> v));
    }
}
