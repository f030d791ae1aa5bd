package org.assay.platform;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, as decided on the server: the verified token gives the subject, the platform's own
 * membership records give the organisation and role (see {@code MembershipIdentityAugmentor}).
 */
@RequestScoped
public class Caller {

    public static final String ORGANISATION_ID = "assay.organisationId";
    public static final String ROLE = "assay.role";
    public static final String ADMIN = "assay.admin";
    public static final String ORGANISATION_SUSPENDED = "assay.organisationSuspended";
    public static final String EMAIL = "assay.email";
    /** The issuer the person is recorded under: {@code assay.identity.issuer} when set, else the token's {@code iss}. */
    public static final String ISSUER = "assay.issuer";

    /**
     * The principal recorded for automatic changes (scheduled sweeps, start-up loading). Every token's principal is
     * {@code issuer|sub} ({@link #principalOf}) with a non-empty issuer and {@code sub}, so none can read {@code system}.
     */
    public static final String SYSTEM = "system";

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** The token's {@code sub} (the principal name: {@code quarkus.oidc.token.principal-claim=sub}). */
    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The issuer the caller's {@code sub} belongs to (see {@link #ISSUER}); null when anonymous. */
    public String issuer() {
        return identity.isAnonymous() ? null : identity.getAttribute(ISSUER);
    }

    /** Who the audit trail records: {@code issuer|sub}, or null when anonymous. */
    public String principal() {
        return identity.isAnonymous() ? null : principalOf(issuer(), subject());
    }

    public static String principalOf(String issuer, String subject) {
        return issuer + "|" + subject;
    }

    /** The token's {@code preferred_username}: shown to people, never used to decide who they are. */
    public Optional<String> username() {
        if (!identity.isAnonymous() && identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken jwt) {
            Object name = jwt.getClaim("preferred_username");
            return Optional.ofNullable(name == null ? null : name.toString());
        }
        return Optional.empty();
    }

    public Optional<String> email() {
        return Optional.ofNullable(identity.getAttribute(EMAIL));
    }

    public Optional<Role> role() {
        return Optional.ofNullable(identity.getAttribute(ROLE));
    }

    public boolean isMember() {
        return role().isPresent();
    }

    /** The caller's organisation; throws when the caller belongs to none (guarded operations never see that). */
    public UUID organisationId() {
        UUID id = identity.getAttribute(ORGANISATION_ID);
        if (id == null) {
            throw new NotAMemberException();
        }
        return id;
    }

    public Optional<UUID> organisationIdIfAny() {
        return Optional.ofNullable(identity.getAttribute(ORGANISATION_ID));
    }

    public boolean isAdmin() {
        return Boolean.TRUE.equals(identity.getAttribute(ADMIN));
    }

    public boolean organisationSuspended() {
        return Boolean.TRUE.equals(identity.getAttribute(ORGANISATION_SUSPENDED));
    }

    public boolean is(Role role) {
        return role().filter(r -> r == role).isPresent();
    }

    /**
     * A copy of the verified identity, with its membership attributes, that outlives the request: what a long-lived
     * connection (a subscription) keeps to check again later whether the caller still is who it was.
     */
    public SecurityIdentity keep() {
        return io.quarkus.security.runtime.QuarkusSecurityIdentity.builder(identity).build();
    }
}
