package org.assay.membership;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.organisation.OrganisationKind;
import org.assay.platform.Caller;
import org.assay.platform.Role;
import org.assay.platform.ServiceUnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Attaches organisation and role to a verified identity, once per request, from the platform's own membership records.
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
        return context.runBlocking(() -> attach(identity));
    }

    private SecurityIdentity attach(SecurityIdentity identity) {
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new AuthenticationFailedException("not a verified token");
        }
        String subject = jwt.getSubject();
        String issuer = issuerName.filter(s -> !s.isBlank()).orElse(jwt.getIssuer());
        if (subject == null || subject.isBlank() || issuer == null || issuer.isBlank()) {
            // TokenClaimsCheck refuses such tokens already; never fall back to another claim.
            throw new AuthenticationFailedException("the token has no subject");
        }
        Object e = jwt.getClaim("email");
        String email = e == null ? null : e.toString().strip().toLowerCase(Locale.ROOT);
        Object verified = jwt.getClaim("email_verified");
        boolean emailVerified = email != null && !email.isEmpty() && verified != null && Boolean.parseBoolean(verified.toString());
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        builder.addAttribute(Caller.ISSUER, issuer);
        if (email != null && !email.isEmpty()) {
            builder.addAttribute(Caller.EMAIL, email);
        }
        boolean bootstrapOperator = identity.hasRole(operatorRole);
        try (Connection c = dataSource.getConnection()) {
            Found found = lookup(c, issuer, subject, emailVerified, email);
            if (found != null && !found.bound() && !bind(c, found.id(), issuer, subject)) {
                found = lookup(c, issuer, subject, emailVerified, email); // someone else bound it first: look again
            }
            if (found != null && !(bootstrapOperator && found.role() != Role.OPERATOR)) {
                builder.addAttribute(Caller.ORGANISATION_ID, found.organisationId());
                builder.addAttribute(Caller.ROLE, found.role());
                builder.addAttribute(Caller.ADMIN, found.admin());
                builder.addAttribute(Caller.ORGANISATION_SUSPENDED, found.suspended());
                return builder.build();
            }
            if (bootstrapOperator) {
                builder.addAttribute(Caller.ROLE, Role.OPERATOR);
                builder.addAttribute(Caller.ADMIN, true);
                try (PreparedStatement ps = c.prepareStatement(OPERATOR_ORG); ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        builder.addAttribute(Caller.ORGANISATION_ID, rs.getObject(1, UUID.class));
                    }
                }
            }
            return builder.build();
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
