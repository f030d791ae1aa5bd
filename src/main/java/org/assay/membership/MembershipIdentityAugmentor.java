package org.assay.membership;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Caller;
import org.assay.platform.IdentityChanges;
import org.assay.platform.Role;
import org.assay.platform.ServiceUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Attaches organisation and role to a verified identity from the platform's own membership records. What one lookup
 * found is kept per person and token claims (bounded, at most {@code assay.identity.membership-cache.max-age}) and used
 * only while {@link IdentityChanges} says nothing changed since: any change of a membership or of an organisation's
 * status or kind, on any replica, makes every replica look up again, from the next request after its commit.
 * The person is the pair (issuer, {@code sub}) of the verified token — never {@code preferred_username}, {@code upn} or
 * an e-mail alone. A membership added by e-mail (or a row migrated without its issuer) binds to (issuer, {@code sub})
 * at the first sign-in with that verified e-mail (or that {@code sub}); from then on only (issuer, {@code sub}) counts.
 * Token roles are ignored except the operator bootstrap role ({@code assay.operator-role}), which always makes an
 * operator (so no organisation admin can turn the platform's operator into one of its people).
 */
@ApplicationScoped
public class MembershipIdentityAugmentor implements SecurityIdentityAugmentor {

    private static final Logger LOG = Logger.getLogger(MembershipIdentityAugmentor.class);

    /** Exact binding first, then a row waiting for its issuer, then one waiting for this verified e-mail. */
    private static final String LOOKUP = """
            select m.id, m.organisation_id, o.kind, o.status, m.admin, m.issuer is not null and m.subject is not null
              from membership m join organisation o on o.id = m.organisation_id
             where (m.subject = ? and (m.issuer = ? or m.issuer is null))
                or (? and m.subject is null and lower(m.email) = ?)
             order by (m.issuer is not null and m.subject is not null) desc, (m.subject is not null) desc
             limit 1""";

    private static final String BIND = """
            update membership set issuer = ?, subject = ?, bound_at = now()
             where id = ? and (issuer is null or subject is null)""";

    private static final String OPERATOR_ORG = "select id from organisation where kind = 'OPERATOR' order by created_at limit 1";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdentityChanges changes;

    @ConfigProperty(name = "assay.identity.membership-cache.max-size", defaultValue = "10000")
    long maxSize;

    /** A safety net beside the change notifications: nothing kept is older than this. */
    @ConfigProperty(name = "assay.identity.membership-cache.max-age", defaultValue = "5m")
    Duration maxAge;

    private Cache<Who, Kept> kept;

    @PostConstruct
    void init() {
        kept = Caffeine.newBuilder().maximumSize(maxSize).expireAfterWrite(maxAge).build();
    }

    @ConfigProperty(name = "assay.operator-role", defaultValue = "assay-operator")
    String operatorRole;

    /** The name people of the configured provider are recorded under; default the token's {@code iss}. */
    @ConfigProperty(name = "assay.identity.issuer")
    Optional<String> issuerName;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        SecurityIdentity known;
        try {
            known = attach(identity, false); // what is kept needs no worker thread
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        return known != null ? Uni.createFrom().item(known) : context.runBlocking(() -> attach(identity, true));
    }

    /** The identity with its membership; null when it must be looked up and {@code mayLookUp} is false. */
    private SecurityIdentity attach(SecurityIdentity identity, boolean mayLookUp) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new AuthenticationFailedException("not a verified token");
        }
        String subject = jwt.getSubject();
        String issuer = issuerName.filter(s -> !s.isBlank()).orElse(jwt.getIssuer());
        if (subject == null || subject.isBlank() || issuer == null || issuer.isBlank()) {
            // TokenClaimsCheck refuses such tokens already; never fall back to another claim.
            throw new AuthenticationFailedException("the token has no subject");
        }
        Who who = who(jwt, issuer, identity.hasRole(operatorRole));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        builder.addAttribute(Caller.ISSUER, issuer);
        if (who.email() != null && !who.email().isEmpty()) {
            builder.addAttribute(Caller.EMAIL, who.email());
        }
        Resolved r = resolved(who, mayLookUp);
        if (r == null) {
            return null;
        }
        if (r.organisationId() != null) {
            builder.addAttribute(Caller.ORGANISATION_ID, r.organisationId());
        }
        if (r.role() != null) {
            builder.addAttribute(Caller.ROLE, r.role());
            builder.addAttribute(Caller.ADMIN, r.admin());
        }
        if (r.suspended() != null) {
            builder.addAttribute(Caller.ORGANISATION_SUSPENDED, r.suspended());
        }
        return builder.build();
    }

    /** What the membership records say about this person now; null when it must be looked up and {@code mayLookUp} is false. */
    private Resolved resolved(Who key, boolean mayLookUp) {
        Kept k = kept.getIfPresent(key);
        if (k == null || !changes.current(k.stamp())) {
            if (!mayLookUp) {
                return null;
            }
            long stamp = changes.generation(); // before the lookup: a change committed during it makes the result stale
            k = new Kept(stamp, resolve(key.issuer(), key.subject(), key.email(), key.emailVerified(), key.bootstrapOperator()));
            kept.put(key, k);
        }
        return k.resolved();
    }

    /**
     * Whether an identity this augmentor attached (kept by a long-lived connection, a subscription, since it opened)
     * would still get the same organisation, role, admin flag and suspension now: false from the first check after a
     * change of the person's membership or of the organisation commits, on any replica. Looks up again only after an
     * identity change (blocking then: call it on a worker thread).
     */
    public boolean stillHolds(SecurityIdentity attached) {
        if (attached.isAnonymous() || !(attached.getPrincipal() instanceof JsonWebToken jwt)) {
            return false;
        }
        Resolved now = resolved(who(jwt, attached.getAttribute(Caller.ISSUER), attached.hasRole(operatorRole)), true);
        return java.util.Objects.equals(now.organisationId(), attached.getAttribute(Caller.ORGANISATION_ID))
                && java.util.Objects.equals(now.role(), attached.getAttribute(Caller.ROLE))
                && (now.role() == null || java.util.Objects.equals(now.admin(), attached.getAttribute(Caller.ADMIN)))
                && java.util.Objects.equals(now.suspended(), attached.getAttribute(Caller.ORGANISATION_SUSPENDED));
    }

    /** The person and the claims the lookup depends on: the verified (issuer, {@code sub}), e-mail, and the bootstrap role. */
    private static Who who(JsonWebToken jwt, String issuer, boolean bootstrapOperator) {
        Object e = jwt.getClaim("email");
        String email = e == null ? null : e.toString().strip().toLowerCase(Locale.ROOT);
        Object verified = jwt.getClaim("email_verified");
        boolean emailVerified = email != null && !email.isEmpty() && verified != null && Boolean.parseBoolean(verified.toString());
        return new Who(issuer, jwt.getSubject(), email, emailVerified, bootstrapOperator);
    }

    /** Everything of the token the lookup depends on. */
    private record Who(String issuer, String subject, String email, boolean emailVerified, boolean bootstrapOperator) {
    }

    /** What the lookup found: the attributes to attach (null: not attached). */
    private record Resolved(UUID organisationId, Role role, boolean admin, Boolean suspended) {
    }

    private record Kept(long stamp, Resolved resolved) {
    }

    private Resolved resolve(String issuer, String subject, String email, boolean emailVerified, boolean bootstrapOperator) {
        try (Connection c = dataSource.getConnection()) {
            Found found = lookup(c, issuer, subject, emailVerified, email);
            if (found != null && !found.bound() && !bind(c, found.id(), issuer, subject)) {
                found = lookup(c, issuer, subject, emailVerified, email); // someone else bound it first: look again
            }
            if (found != null && !(bootstrapOperator && found.role() != Role.OPERATOR)) {
                return new Resolved(found.organisationId(), found.role(), found.admin(), found.suspended());
            }
            if (bootstrapOperator) {
                UUID operatorOrg = null;
                try (PreparedStatement ps = c.prepareStatement(OPERATOR_ORG); ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        operatorOrg = rs.getObject(1, UUID.class);
                    }
                }
                return new Resolved(operatorOrg, Role.OPERATOR, true, null);
            }
            return new Resolved(null, null, false, null);
        } catch (SQLException ex) {
            throw new ServiceUnavailableException(ex);
        }
    }

    private record Found(UUID id, UUID organisationId, Role role, boolean suspended, boolean admin, boolean bound) {
    }

    private static Found lookup(Connection c, String issuer, String subject, boolean emailVerified, String email) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOOKUP)) {
            ps.setString(1, subject);
            ps.setString(2, issuer);
            ps.setBoolean(3, emailVerified);
            ps.setString(4, email);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Found(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), OrganisationKind.valueOf(rs.getString(3)).role(),
                        "SUSPENDED".equals(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6));
            }
        }
    }

    /** Binds a waiting row to (issuer, sub); false when it could not be (bound meanwhile, or the person has a row already). */
    private static boolean bind(Connection c, UUID id, String issuer, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(BIND)) {
            ps.setString(1, issuer);
            ps.setString(2, subject);
            ps.setObject(3, id);
            boolean bound = ps.executeUpdate() == 1;
            if (bound) {
                LOG.debugf("membership %s bound to its issuer and subject at first sign-in", id);
            }
            return bound;
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }
}
