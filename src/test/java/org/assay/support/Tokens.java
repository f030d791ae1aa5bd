package org.assay.support;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Signed access tokens as the test identity provider (quarkus-test-oidc-server's WireMock, its signing key) issues
 * them: issuer {@link #ISSUER}, audience {@link #AUDIENCE} (what {@code %test.quarkus.oidc.token.audience} expects),
 * {@code sub} and {@code preferred_username} as chosen. Every claim can be changed to forge what the issue saw.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "assay-api";

    private String subject;
    private String username;
    private Set<String> groups = Set.of();
    private String audience = AUDIENCE;
    private Instant issuedAt;
    private Instant expiresAt;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    private Tokens(String subject) {
        this.subject = subject;
        this.username = subject;
    }

    /** A token whose {@code sub} (and, unless changed, {@code preferred_username}) is {@code subject}. */
    public static Tokens forSubject(String subject) {
        return new Tokens(subject);
    }

    public Tokens username(String username) {
        this.username = username;
        return this;
    }

    public Tokens groups(Set<String> groups) {
        this.groups = groups;
        return this;
    }

    /** null: no {@code aud} claim at all. */
    public Tokens audience(String audience) {
        this.audience = audience;
        return this;
    }

    public Tokens issuedAt(Instant at) {
        this.issuedAt = at;
        return this;
    }

    /** The token's {@code exp} (default: an hour after it was issued). */
    public Tokens expiresAt(Instant at) {
        this.expiresAt = at;
        return this;
    }

    public Tokens claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    public Tokens verifiedEmail(String email) {
        return claim("email", email).claim("email_verified", true);
    }

    public String sign() {
        JwtClaimsBuilder b = Jwt.claims().issuer(ISSUER).groups(groups).claim("sid", "session-id");
        if (subject != null) {
            b = b.subject(subject);
        }
        if (username != null) {
            b = b.preferredUserName(username);
        }
        if (audience != null) {
            b = b.audience(audience);
        }
        if (expiresAt != null) {
            b = b.expiresAt(expiresAt); // not with expiresIn: the builder's lifespan would win over an explicit exp
        } else if (issuedAt != null) {
            b = b.issuedAt(issuedAt).expiresAt(issuedAt.plusSeconds(3600));
        } else {
            // an hour, as above: the builder's default (5 minutes) ran out during long suites on a loaded machine (the
            // authorisation matrix signs its principals' tokens once, then runs for several minutes)
            b = b.expiresIn(3600);
        }
        for (Map.Entry<String, Object> c : claims.entrySet()) {
            b = b.claim(c.getKey(), c.getValue());
        }
        return b.jws().keyId("1").sign("privateKey.jwk");
    }

    /** The principal the audit trail records for a token of this subject. */
    public static String principal(String subject) {
        return ISSUER + "|" + subject;
    }
}
