package org.assay.membership.api;

import io.smallrye.graphql.api.Deprecated;
import org.assay.membership.Membership;
import org.assay.platform.Node;
import org.assay.platform.NodeType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;
import java.util.UUID;

/** A person's membership of an organisation; {@code organisation} is resolved beside it ({@link PersonReferences}). */
@Name("Person")
@Description("A person's membership of an organisation. The person is (issuer, subject); a person added by e-mail has neither until their first sign-in with that verified e-mail.")
public record PersonView(
        @NonNull @Id @Description("Global id of the membership (a legacy raw membership id is still accepted as `membershipId` and `personId` input).") String id,
        @Ignore UUID key,
        @NonNull @Id @Deprecated(reason = "Use `organisation { id }`: the organisation as an `Organisation` (its `id` is the organisation's global id).")
        @Description("The organisation's raw id. Deprecated: use `organisation`.") String organisationId,
        @Ignore UUID organisationKey,
        @Description("Identity provider (token issuer) of the subject; null until the person first signs in, when added by e-mail.") String issuer,
        @Description("OIDC subject (`sub`) the person signs in with; null until the first sign-in, when added by e-mail.") String subject,
        @Description("E-mail the person was added by; after the first sign-in it no longer decides anything.") String email,
        @Description("Name to show.") String displayName,
        @Description("Whether the person administers the organisation's people.") boolean admin,
        @NonNull @Description("When the person was added.") Instant addedAt) implements Node {

    /** The node type of people (memberships): their global ids, and the ids sent for them. */
    public static final NodeType TYPE = new NodeType("Person");

    static PersonView of(Membership m) {
        return new PersonView(TYPE.id(m.id), m.id, m.organisationId.toString(), m.organisationId, m.issuer, m.subject, m.email,
                m.displayName, m.admin, m.createdAt);
    }
}
