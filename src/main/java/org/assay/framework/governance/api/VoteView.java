package org.assay.framework.governance.api;

import java.time.Instant;
import org.assay.framework.governance.VoteChoice;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@Name("Vote")
@Description("One member organisation's vote.")
public record VoteView(
        @NonNull @Description("The organisation that voted.") VotingOrganisationView organisation,
        @NonNull @Description("Its current choice.") VoteChoice choice,
        @NonNull @Description("When it first voted.") Instant castAt,
        @NonNull @Description("When it last changed its vote (equals castAt when never changed).") Instant updatedAt) {
}
