package org.assay.membership.api;

import org.assay.membership.Membership;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** A person's membership of an organisation. */
@Name("Person")
@Description("A person's membership of an organisation. The person is (issuer, subject); a person added by e-mail has neither until their first sign-in with that verified e-mail.")
public record PersonView(
        @NonNull @Id @Description("Membership id.") String id,
        @NonNull @Id @Description("Organisation the person belongs to.") String organisationId,
        @Description("Identity provider (token issuer) of the subject; null until the person first signs in, when added by e-mail.") String issuer,
        @Description("OIDC subject (`sub`) the person signs in with; null until the first sign-in, when added by e-mail.") String subject,
        @Description("E-mail the person was added by; after the first sign-in it no longer decides anything.") String email,
        @Description("Name to show.") String displayName,
        @Description("Whether the person administers the organisation's people.") boolean admin,
        @NonNull @Description("When the person was added.") Instant addedAt) {

    static PersonView of(Membership m) {
        return new PersonView(m.id.toString(), m.organisationId.toString(), m.issuer, m.subject, m.email, m.displayName, m.admin, m.createdAt);
    }
}
