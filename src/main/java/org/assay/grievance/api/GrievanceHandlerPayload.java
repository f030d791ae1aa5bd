package org.assay.grievance.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of appointing or removing a grievance handler. */
@Description("Result of appointing or removing a grievance handler.")
public record GrievanceHandlerPayload(
        @Description("The handler appointed or removed; null when there are user errors.") GrievanceHandlerView handler,
        @NonNull @Description("Problems with the input. Empty when it succeeded; when not empty, nothing was written.")
        List<@NonNull GrievanceUserError> userErrors,
        @Ignore UUID target) implements Payload {

    public static GrievanceHandlerPayload failed(List<UserError> errors) {
        return new GrievanceHandlerPayload(null, GrievanceUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
