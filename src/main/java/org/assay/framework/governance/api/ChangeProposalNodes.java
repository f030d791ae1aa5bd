package org.assay.framework.governance.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.governance.GovernanceService;
import org.assay.platform.NodeResolver;
import org.assay.platform.NodeType;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code node(id:)} for change proposals: the rule of {@code changeProposal(id:)} — every signed-in role reads every
 * proposal (governance is open), and a proposal whose window has ended is closed first, as where any proposal is read.
 */
@ApplicationScoped
public class ChangeProposalNodes implements NodeResolver {

    @Inject
    GovernanceService service;

    @Inject
    ChangeProposalViews views;

    @Override
    public NodeType type() {
        return ChangeProposalView.TYPE;
    }

    @Override
    public Map<UUID, ChangeProposalView> visible(Collection<UUID> ids) {
        service.closeDue();
        return views.views(service.byIds(ids)).stream().collect(Collectors.toMap(ChangeProposalView::key, v -> v));
    }
}
