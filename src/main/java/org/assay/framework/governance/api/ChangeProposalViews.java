package org.assay.framework.governance.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.framework.FrameworkService;
import org.assay.framework.FrameworkVersion;
import org.assay.framework.governance.ChangeProposal;
import org.assay.framework.governance.GovernanceService;
import org.assay.framework.governance.ProposalStatus;
import org.assay.framework.governance.VotingRule;
import org.assay.platform.Clock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Change proposals as views, for a whole page at once: live tallies, the quorum basis and the versions they name, one statement each. */
@ApplicationScoped
public class ChangeProposalViews {

    @Inject
    GovernanceService service;

    @Inject
    FrameworkService frameworks;

    @Inject
    Clock clock;

    public ChangeProposalView view(ChangeProposal p) {
        return views(List.of(p)).get(0);
    }

    public List<ChangeProposalView> views(List<ChangeProposal> proposals) {
        Instant now = clock.now();
        List<UUID> open = proposals.stream().filter(p -> p.status == ProposalStatus.OPEN).map(p -> p.id).toList();
        Map<UUID, VotingRule.Tally> live = service.liveTallies(open, now);
        int eligibleNow = open.isEmpty() ? 0 : service.eligibleOrganisations(now);
        List<UUID> versionIds = new ArrayList<>();
        proposals.forEach(p -> {
            versionIds.add(p.baseVersionId);
            versionIds.add(p.appliedVersionId);
        });
        Map<UUID, FrameworkVersion> versions = frameworks.byIds(versionIds.stream().filter(Objects::nonNull).toList());
        return proposals.stream().map(p -> ChangeProposalView.of(p, live.get(p.id), eligibleNow,
                versions.containsKey(p.baseVersionId) ? versions.get(p.baseVersionId).label() : null,
                p.appliedVersionId == null ? null : versions.get(p.appliedVersionId), now)).toList();
    }
}
