package org.assay.membership.api;

import org.assay.membership.MembershipService;
import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Payload;
import org.assay.platform.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;
import java.util.UUID;

/** Result of moving a person to another organisation. */
@Description("Result of moving a person to another organisation (operator only). The audit event names the person and both organisations.")
public record MovePersonPayload(
        @Description("The person in their new organisation (no longer an admin); null when there are user errors.") PersonView person,
        @Description("The organisation the person left; null when there are user errors.") OrganisationView fromOrganisation,
        @Description("The organisation the person now belongs to; null when there are user errors.") OrganisationView toOrganisation,
        @NonNull @Description("Problems with the input. Empty when the mutation succeeded; when not empty, nothing was written.")
        List<@NonNull MembershipUserError> userErrors,
        @Ignore List<UUID> targets) implements Payload {

    static MovePersonPayload of(MembershipService.Move move, OrganisationView from, OrganisationView to) {
        return new MovePersonPayload(PersonView.of(move.person()), from, to, List.of(), List.of(move.person().id, move.from(), move.to()));
    }

    public static MovePersonPayload failed(List<UserError> errors) {
        return new MovePersonPayload(null, null, null, MembershipUserError.of(errors), null);
    }

    /** The person, the organisation left, the organisation joined (raw UUIDs, in that order). */
    @Override
    public List<String> auditTargetIds() {
        return targets == null ? List.of() : targets.stream().map(UUID::toString).toList();
    }
}
