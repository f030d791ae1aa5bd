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

    @Inject
    SecurityIdentity identity;

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
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
}
