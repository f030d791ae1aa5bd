package org.assay.overview.api;

import jakarta.inject.Inject;
import org.assay.overview.RequirementProfiles;
import org.assay.platform.Allow;
import org.assay.platform.Role;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Changes to the caller's own requirement profile. Members only. */
@GraphQLApi
@Allow(Role.MEMBER)
public class RequirementProfileMutations {

    @Inject
    RequirementProfiles profiles;

    @Mutation
    @Description("Define the caller's requirement profile (one per member): the minimum its suppliers should meet. At least one criterion. "
            + "A member that already has one gets `ALREADY_EXISTS` (use `updateRequirementProfile`). Members only.")
    public RequirementProfilePayload createRequirementProfile(@NonNull @Description("The criteria.") RequirementProfileInput input) {
        return RequirementProfilePayload.of(RequirementProfileView.of(profiles.create(input.criteria())));
    }

    @Mutation
    @Description("Replace the caller's requirement profile: a criterion not given is no longer asked. `NOT_FOUND` when there is none. Members only.")
    public RequirementProfilePayload updateRequirementProfile(@NonNull @Description("The new criteria.") RequirementProfileInput input) {
        return RequirementProfilePayload.of(RequirementProfileView.of(profiles.update(input.criteria())));
    }

    @Mutation
    @Description("Remove the caller's requirement profile; suppliers are no longer evaluated. `NOT_FOUND` when there is none. Members only.")
    public RequirementProfilePayload clearRequirementProfile() {
        return RequirementProfilePayload.of(RequirementProfileView.of(profiles.clear()));
    }
}
