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

/** {@code node(id:)} for sharing requests: the rule of {@code sharingRequests} (the supplier asked, the member that asked), one statement. */
@ApplicationScoped
public class SharingRequestNodes implements NodeResolver {

    @Inject
    Sharing sharing;

    @Inject
    SharingViews views;

    @Override
    public NodeType type() {
        return SharingRequestView.TYPE;
    }

    @Override
    public Map<UUID, SharingRequestView> visible(Collection<UUID> ids) {
        return views.requests(sharing.visibleRequests(ids)).stream().collect(Collectors.toMap(SharingRequestView::key, v -> v));
    }
}
