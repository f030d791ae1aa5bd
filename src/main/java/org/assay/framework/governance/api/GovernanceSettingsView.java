package org.assay.framework.governance.api;

import java.time.Instant;
import org.assay.framework.governance.GovernanceService;
import org.assay.framework.governance.GovernanceSettings;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("GovernanceSettings")
@Description("The adoption rule of change proposals: adopted when at least `quorum` of the eligible member organisations "
        + "voted (abstentions count) and at least `majority` of the YES/NO votes are YES. Eligible: member organisations "
        + "that are ACTIVE at closing (and were admitted before the window closed); only their votes count.")
public record GovernanceSettingsView(
        @NonNull @Description("Share of eligible member organisations that must vote.") FractionView quorum,
        @NonNull @Description("Share of YES among YES + NO votes needed.") FractionView majority,
        @Description("Member organisations eligible to vote right now.") int activeMemberOrganisations,
        @Description("Shortest voting window, in hours.") int minimumVotingWindowHours,
        @Description("Longest voting window, in days.") int maximumVotingWindowDays,
        @NonNull @Description("When the thresholds were last set.") Instant updatedAt) {
    static GovernanceSettingsView of(GovernanceSettings s, int eligible) {
        return new GovernanceSettingsView(new FractionView(s.quorumNumerator, s.quorumDenominator),
                new FractionView(s.majorityNumerator, s.majorityDenominator), eligible,
                (int) GovernanceService.MIN_WINDOW.toHours(), (int) GovernanceService.MAX_WINDOW.toDays(), s.updatedAt);
    }
}
