package org.assay.organisation.api;

import org.assay.organisation.Organisation;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** The result of a mutation on an organisation. */
@Description("Result of a mutation on an organisation.")
public record OrganisationPayload(
        @Description("The organisation after the change; null when there are user errors.") OrganisationView organisation,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull OrganisationUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static OrganisationPayload of(Organisation o) {
        return new OrganisationPayload(OrganisationView.full(o), List.of(), o.id);
    }

    /** The failure factory ({@link org.assay.platform.Payloads}): no organisation, the errors. */
    public static OrganisationPayload failed(List<UserError> errors) {
        return new OrganisationPayload(null, OrganisationUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
