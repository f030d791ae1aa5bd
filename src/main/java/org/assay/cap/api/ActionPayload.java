package org.assay.cap.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** Result of a change to a corrective action. */
@Description("Result of a change to a corrective action.")
public record ActionPayload(
        @Description("The action after the change; null when there are user errors.") CorrectiveActionView action,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull CorrectiveActionUserError> userErrors) implements Payload {

    static ActionPayload of(CorrectiveActionView action) {
        return new ActionPayload(action, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no action, the errors. */
    public static ActionPayload failed(List<UserError> errors) {
        return new ActionPayload(null, CorrectiveActionUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return action == null ? List.of() : List.of(action.id());
    }
}
