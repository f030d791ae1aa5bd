package org.assay.membership.api;

import org.assay.organisation.api.OrganisationView;
import org.assay.platform.Role;
import io.smallrye.graphql.api.Deprecated;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** The caller, as the platform sees them. */
@Name("Me")
@Description("The caller, as the platform sees them: the person is the verified token's issuer and `sub`; organisation and role come from the membership records.")
public record MeView(
        @NonNull @Description("OIDC subject (`sub`) from the verified token.") String subject,
        @NonNull @Description("The identity provider (token issuer, or the name the service records it under) the subject belongs to.") String issuer,
        @Description("`preferred_username` from the token, if any: shown only, never used to decide who you are.") String username,
        @Description("E-mail from the token, if any.") String email,
        @Description("Whether the caller belongs to an organisation (or is a bootstrap operator).") boolean member,
        @Description("Role on the platform; null when not a member.") Role role,
        @Description("Whether the caller administers their organisation's people.") boolean admin,
        @Description("The caller's organisation; null when not a member.") OrganisationView organisation,
        @Id @Deprecated(reason = "Use `person { id }`: the caller's membership as a `Person` (its `id` is the membership's global id).")
        @Description("The caller's membership record's raw id, if any. Deprecated: use `person`.") String membershipId,
        @Description("The caller's membership record, as a `Person`; null when not a member (or a bootstrap operator without one).") PersonView person) {
}
