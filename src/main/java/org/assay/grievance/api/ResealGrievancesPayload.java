package org.assay.grievance.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of one round of re-sealing under the active key. */
@Description("Result of one round of re-sealing grievances' protected fields under the active key.")
public record ResealGrievancesPayload(
        @Description("How many grievances were re-sealed in this round (0: none is left under an older key).") Integer resealed,
        @Description("The key everything is being sealed under.") String activeKey,
        @NonNull @Description("Problems. Empty when it succeeded; when not empty, nothing was written.")
        List<@NonNull GrievanceUserError> userErrors) implements Payload {

    public static ResealGrievancesPayload failed(List<UserError> errors) {
        return new ResealGrievancesPayload(null, null, GrievanceUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return List.of();
    }
}
