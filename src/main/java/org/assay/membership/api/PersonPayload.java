package org.assay.membership.api;

import org.assay.membership.Membership;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of a change to a person's membership. */
@Description("Result of a change to a person's membership.")
public record PersonPayload(
        @Description("The membership after the change (as it was, for a removal); null when there are user errors.") PersonView person,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull MembershipUserError> userErrors,
        @Ignore UUID target) implements Payload {

    static PersonPayload of(Membership m) {
        return new PersonPayload(PersonView.of(m), List.of(), m.id);
    }

    public static PersonPayload failed(List<UserError> errors) {
        return new PersonPayload(null, MembershipUserError.of(errors), null);
    }

    @Override
    public List<String> auditTargetIds() {
        return target == null ? List.of() : List.of(target.toString());
    }
}
