package org.assay.overview.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of a change to the member's requirement profile. */
@Description("Result of a change to your requirement profile.")
public record RequirementProfilePayload(
        @Description("The profile after the change (as it was, when cleared); null when there are user errors.") RequirementProfileView profile,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull OverviewUserError> userErrors) implements Payload {

    static RequirementProfilePayload of(RequirementProfileView profile) {
        return new RequirementProfilePayload(profile, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no profile, the errors. */
    public static RequirementProfilePayload failed(List<UserError> errors) {
        return new RequirementProfilePayload(null, OverviewUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return List.of();
    }
}
