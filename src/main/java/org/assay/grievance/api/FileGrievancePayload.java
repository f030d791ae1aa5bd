package org.assay.grievance.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of {@code fileGrievance}. */
@Description("Result of filing a grievance.")
public record FileGrievancePayload(
        @Description("The receipt with the one-time follow-up code; null when there are user errors.") GrievanceReceiptView receipt,
        @NonNull @Description("Problems with the input. Empty when the grievance was filed; when not empty, nothing was written.")
        List<@NonNull GrievanceUserError> userErrors,
        @Ignore UUID target) implements Payload {

    public static FileGrievancePayload failed(List<UserError> errors) {
        return new FileGrievancePayload(null, GrievanceUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
