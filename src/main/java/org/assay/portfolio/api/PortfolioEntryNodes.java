package org.assay.portfolio.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.portfolio.PortfolioService;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** {@code node(id:)} for portfolio entries: the rule of {@code portfolio} (a member's own entries, nobody else's), one statement. */
@ApplicationScoped
public class PortfolioEntryNodes implements NodeResolver {

    @Inject
    PortfolioService service;

    @Override
    public NodeType type() {
        return PortfolioEntryView.TYPE;
    }

    @Override
    public Map<UUID, PortfolioEntryView> visible(Collection<UUID> ids) {
        return service.own(ids).stream().collect(Collectors.toMap(l -> l.entry().id, PortfolioEntryView::of));
    }
}
