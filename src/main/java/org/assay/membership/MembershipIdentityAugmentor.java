package org.assay.membership;

import io.agroal.api.AgroalDataSource;
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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * Attaches organisation and role to a verified identity, once per request, from the platform's own
 * membership records (one SQL statement). Token roles are ignored except the operator bootstrap role.
 */
@ApplicationScoped
public class MembershipIdentityAugmentor implements SecurityIdentityAugmentor {

    private static final String LOOKUP = """
            select m.organisation_id, o.kind, o.status, m.admin
              from membership m join organisation o on o.id = m.organisation_id
             where m.subject = ? or (? and lower(m.email) = ?)
             order by (m.subject = ?) desc nulls last
             limit 1""";

    private static final String OPERATOR_ORG = "select id from organisation where kind = 'OPERATOR' order by created_at limit 1";

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "assay.operator-role", defaultValue = "assay-operator")
    String operatorRole;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> attach(identity));
    }

    private SecurityIdentity attach(SecurityIdentity identity) {
        String subject = identity.getPrincipal().getName();
        String email = null;
        boolean emailVerified = false;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object e = jwt.getClaim("email");
            email = e == null ? null : e.toString().toLowerCase(Locale.ROOT);
            Object verified = jwt.getClaim("email_verified");
            emailVerified = email != null && verified != null && Boolean.parseBoolean(verified.toString());
        }
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (email != null) {
            builder.addAttribute(Caller.EMAIL, email);
        }
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(LOOKUP)) {
                ps.setString(1, subject);
                ps.setBoolean(2, emailVerified);
                ps.setString(3, email);
                ps.setString(4, subject);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        Role role = OrganisationKind.valueOf(rs.getString(2)).role();
                        builder.addAttribute(Caller.ORGANISATION_ID, rs.getObject(1, UUID.class));
                        builder.addAttribute(Caller.ROLE, role);
                        builder.addAttribute(Caller.ADMIN, rs.getBoolean(4));
                        builder.addAttribute(Caller.ORGANISATION_SUSPENDED, "SUSPENDED".equals(rs.getString(3)));
                        return builder.build();
                    }
                }
            }
            if (identity.hasRole(operatorRole)) {
                // Bootstrap: the IdP's operator role makes an operator even before any membership exists.
                builder.addAttribute(Caller.ROLE, Role.OPERATOR);
                builder.addAttribute(Caller.ADMIN, true);
                try (PreparedStatement ps = c.prepareStatement(OPERATOR_ORG); ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        builder.addAttribute(Caller.ORGANISATION_ID, rs.getObject(1, UUID.class));
                    }
                }
            }
            return builder.build();
        } catch (SQLException e) {
            throw new IllegalStateException("membership lookup failed", e);
        }
    }
}
