package org.assay.grievance.api;

import org.assay.grievance.Grievance;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of a handling step on a grievance. */
@Description("Result of a step on a grievance.")
public record GrievancePayload(
        @Description("The grievance after the step; null when there are user errors.") GrievanceView grievance,
        @NonNull @Description("Problems with the input. Empty when the step was taken; when not empty, nothing was written.")
        List<@NonNull GrievanceUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static GrievancePayload of(Grievance g) {
        return new GrievancePayload(GrievanceView.of(g), List.of(), g.id);
    }

    public static GrievancePayload failed(List<UserError> errors) {
        return new GrievancePayload(null, GrievanceUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
