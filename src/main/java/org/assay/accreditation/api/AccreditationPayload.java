package org.assay.accreditation.api;

import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/** The result of a change to an accreditation. */
@Description("Result of a change to an accreditation.")
public record AccreditationPayload(
        @Description("The accreditation after the change; null when there are user errors.") AccreditationView accreditation,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull AccreditationUserError> userErrors) implements Payload {

    static AccreditationPayload of(AccreditationView accreditation) {
        return new AccreditationPayload(accreditation, List.of());
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no accreditation, the errors. */
    public static AccreditationPayload failed(List<UserError> errors) {
        return new AccreditationPayload(null, AccreditationUserError.of(errors));
    }

    @Override
    public List<String> auditTargetIds() {
        return accreditation == null ? List.of() : List.of(accreditation.key().toString(), accreditation.bodyKey().toString());
    }
}
