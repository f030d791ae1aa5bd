package org.assay.membership.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;

/** A person to add. */
@Name("AddPersonInput")
@Description("A person to add: their OIDC subject (`sub`, e.g. Keycloak's user id, a UUID — not the username), or a verified e-mail (bound to the person's issuer and `sub` at their first sign-in with it), or both.")
public class AddPersonInput {
    @Id @Description("Organisation to add to; required for the operator; for admins it must be their own (or omitted).")
    public String organisationId;
    @Description("Identity provider (token issuer) of the subject; default: your own token's issuer (the provider the service trusts).")
    public String issuer;
    @Description("OIDC subject (`sub` claim) the person signs in with. Never a username: usernames can be renamed and reused.")
    public String subject;
    @Description("Verified e-mail the person will sign in with; it binds them at their first sign-in (the token's `email_verified` must be true) and no longer matters afterwards.")
    public String email;
    @Description("Name to show.")
    public String displayName;
    @Description("Whether the person administers the organisation's people. Default false.")
    public Boolean admin;
}
