package org.assay.grievance.api;

import org.assay.cap.api.CorrectiveActionView;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of a supplier's commitment to a corrective action in response to a grievance. */
@Description("Result of committing to a corrective action in response to a grievance.")
public record GrievanceCommitmentPayload(
        @Description("The grievance; null when there are user errors.") GrievanceView grievance,
        @Description("The corrective action now on the supplier's record (origin GRIEVANCE); null when there are user errors.") CorrectiveActionView action,
        @NonNull @Description("Problems with the input. Empty when the commitment was recorded; when not empty, nothing was written.")
        List<@NonNull GrievanceUserError> userErrors,
        @Ignore UUID target, @Ignore UUID actionTarget) implements Payload {

    public static GrievanceCommitmentPayload failed(List<UserError> errors) {
        return new GrievanceCommitmentPayload(null, null, GrievanceUserError.of(errors), null, null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString(), actionTarget.toString());
    }
}
