package org.assay.platform;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

import java.time.Duration;

/**
 * What quarkus-oidc does not check by itself (a jose4j {@link Validator}, applied to every bearer token with the
 * signature, issuer, expiry and audience checks; a non-null answer is HTTP 401):
 * <ul>
 *   <li>the token names its person: a non-empty {@code sub} (the identity is the pair issuer and {@code sub}; a token
 *   without one used to fall back to another claim, or to nothing);</li>
 *   <li>it was not issued in the future, beyond {@code assay.identity.clock-skew}.</li>
 * </ul>
 */
@Unremovable
@ApplicationScoped
public class TokenClaimsCheck implements Validator {

    @ConfigProperty(name = "assay.identity.clock-skew", defaultValue = "60s")
    Duration clockSkew;

    @Override
    public String validate(JwtContext context) throws MalformedClaimException {
        return problem(context.getJwtClaims().getSubject(), context.getJwtClaims().getIssuedAt(), NumericDate.now(), clockSkew);
    }

    /** The reason the claims are refused, or null (plain rule, unit-tested). */
    static String problem(String subject, NumericDate issuedAt, NumericDate now, Duration skew) {
        if (subject == null || subject.isBlank()) {
            return "the token has no subject (sub)";
        }
        if (issuedAt != null && issuedAt.getValue() > now.getValue() + skew.toSeconds()) {
            return "the token was issued in the future (iat)";
        }
        return null;
    }
}
