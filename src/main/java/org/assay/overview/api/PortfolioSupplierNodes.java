package org.assay.overview.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.overview.PortfolioOverviewService;
import org.assay.platform.Caller;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;
import org.assay.platform.Role;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code node(id:)} for rows of the portfolio overview: the rule of {@code portfolioSuppliers} (a member's own portfolio,
 * results only where the supplier shares them; reads recorded alike), from one statement for the rows.
 */
@ApplicationScoped
public class PortfolioSupplierNodes implements NodeResolver {

    @Inject
    PortfolioOverviewService service;

    @Inject
    Caller caller;

    @Override
    public NodeType type() {
        return PortfolioSupplierView.TYPE;
    }

    @Override
    public Map<UUID, PortfolioSupplierView> visible(Collection<UUID> ids) {
        if (ids.isEmpty() || !caller.is(Role.MEMBER)) {
            return Map.of();
        }
        return service.entries(service.scope(), ids).stream().collect(Collectors.toMap(l -> l.row().entryId(), PortfolioSupplierView::of));
    }
}
