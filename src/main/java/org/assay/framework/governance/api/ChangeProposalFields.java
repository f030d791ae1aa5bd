package org.assay.framework.governance.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.assay.framework.api.FrameworkVersionReferences;
import org.assay.framework.api.VersionView;
import org.assay.framework.governance.GovernanceService;
import org.assay.framework.governance.ProposalVote;
import org.assay.framework.governance.VoteChoice;
import org.assay.organisation.OrganisationNames;
import org.assay.platform.Allow;
import org.assay.platform.Caller;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * Fields of {@code ChangeProposal} resolved for a whole page at once. Who proposed and how each organisation voted is
 * visible to members and the operator only ({@code proposedBy}, {@code votes}); a member also sees its own
 * organisation's vote ({@code myVote}). The versions a proposal names come from the framework's loader, under its rule.
 */
@GraphQLApi
@Transactional
public class ChangeProposalFields {

    @Inject
    GovernanceService service;

    @Inject
    Caller caller;

    @Inject
    OrganisationNames organisationNames;

    @Inject
    FrameworkVersionReferences versions;


    @Allow({Role.OPERATOR, Role.MEMBER})
    @Description("How each member organisation voted (one vote per organisation, its latest choice). Members and the operator only.")
    public List<List<VoteView>> votes(@Source List<ChangeProposalView> proposals) {
        Map<UUID, List<ProposalVote>> votes = service.votes(proposals.stream().map(p -> p.key()).toList());
        Set<UUID> orgs = new HashSet<>();
        votes.values().forEach(l -> l.forEach(v -> orgs.add(v.key.organisationId)));
        Map<UUID, String> names = organisationNames.of(orgs);
        return proposals.stream().map(p -> votes.getOrDefault(p.key(), List.of()).stream()
                .map(v -> new VoteView(new VotingOrganisationView(v.key.organisationId.toString(), names.get(v.key.organisationId)),
                        v.choice, v.castAt, v.updatedAt)).toList()).toList();
    }

    @Allow(Role.MEMBER)
    @Description("The caller's organisation's vote; null when it has not voted. Members only.")
    public List<VoteChoice> myVote(@Source List<ChangeProposalView> proposals) {
        Map<UUID, ProposalVote> mine = service.votesOf(ids(proposals), caller.organisationId());
        return proposals.stream().map(p -> {
            ProposalVote v = mine.get(p.key());
            return v == null ? null : v.choice;
        }).toList();
    }

    @Allow({Role.OPERATOR, Role.MEMBER})
    @Description("The member organisation that made the proposal. Members and the operator only.")
    public List<VotingOrganisationView> proposedBy(@Source List<ChangeProposalView> proposals) {
        Map<UUID, UUID> proposers = service.proposers(ids(proposals));
        Map<UUID, String> names = organisationNames.of(new HashSet<>(proposers.values()));
        return proposals.stream().map(p -> {
            UUID org = proposers.get(p.key());
            return new VotingOrganisationView(org.toString(), names.get(org));
        }).toList();
    }

    private static List<UUID> ids(List<ChangeProposalView> proposals) {
        return proposals.stream().map(p -> p.key()).toList();
    }

    @NonNull
    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("The published version in force when the proposal was made. (The proposal was checked against the draft when one was being prepared.)")
    public List<@NonNull VersionView> baseVersion(@Source List<ChangeProposalView> proposals) {
        return versions.resolve(proposals, ChangeProposalView::baseVersionKey);
    }

    @Allow({Role.OPERATOR, Role.MEMBER, Role.SUPPLIER, Role.ASSESSOR})
    @Description("The draft version changed; null when nothing had to change (or the draft is not visible to you).")
    public List<VersionView> version(@Source List<ApplicationView> applications) {
        return versions.resolve(applications, ApplicationView::versionKey);
    }
}
