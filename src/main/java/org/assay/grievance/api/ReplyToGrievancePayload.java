package org.assay.grievance.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of {@code replyToGrievance}. */
@Description("Result of the complainant's reply.")
public record ReplyToGrievancePayload(
        @Description("The case as the complainant sees it, with the reply; null when there are user errors.") GrievanceFollowUpView followUp,
        @NonNull @Description("Problems with the input. Empty when the reply was sent; when not empty, nothing was written.")
        List<@NonNull GrievanceUserError> userErrors,
        @Ignore UUID target) implements Payload {

    public static ReplyToGrievancePayload failed(List<UserError> errors) {
        return new ReplyToGrievancePayload(null, GrievanceUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
