package org.assay.platform;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;

/**
 * Verifies each distinct bearer token once for its lifetime. quarkus-oidc checks a JWT's RS256 signature, issuer,
 * audience, expiry and {@link TokenClaimsCheck} on every request (9 % of the service's CPU on the portfolio page,
 * docs/performance.md); its own token cache ({@code quarkus.oidc.token-cache}) holds only introspection and UserInfo
 * answers, not locally verified JWTs. This identity provider sits in front of quarkus-oidc's (a higher priority): a token
 * seen before is answered from a bounded cache keyed by the SHA-256 of the token, until the token's {@code exp}; any other
 * token is handed to quarkus-oidc, and what it verifies is kept. Refusals are never kept (a refused token is checked
 * again each time).
 *
 * <p>What is kept is quarkus-oidc's identity without the two attributes that belong to one request (its routing context
 * and authentication request context), which are set anew each time. Membership is not part of it: the augmentors run
 * on every request ({@code membership.MembershipIdentityAugmentor} keeps that separately, forgotten on every change).
 * A key removed from the provider's JWKS stops new tokens at once; tokens already verified with it stay valid until
 * they expire, as with any verifier that does not re-fetch keys per request.
 */
@Unremovable
@ApplicationScoped
public class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private record Kept(SecurityIdentity identity, long expiresAtSeconds) {
    }

    @Inject
    @Any
    Instance<IdentityProvider<TokenAuthenticationRequest>> providers;

    @ConfigProperty(name = "assay.identity.token-cache.max-size", defaultValue = "10000")
    long maxSize;

    @ConfigProperty(name = "assay.identity.cache.enabled", defaultValue = "true")
    boolean enabled;

    private Cache<ByteBuffer, Kept> kept;
    private volatile IdentityProvider<TokenAuthenticationRequest> verifier;

    @PostConstruct
    void init() {
        kept = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new Expiry<ByteBuffer, Kept>() {
            @Override
            public long expireAfterCreate(ByteBuffer key, Kept value, long currentTime) {
                return TimeUnit.SECONDS.toNanos(Math.max(0, value.expiresAtSeconds() - System.currentTimeMillis() / 1000));
            }

            @Override
            public long expireAfterUpdate(ByteBuffer key, Kept value, long currentTime, long currentDuration) {
                return expireAfterCreate(key, value, currentTime);
            }

            @Override
            public long expireAfterRead(ByteBuffer key, Kept value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        }).build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1000; // before quarkus-oidc's provider (default priority)
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        IdentityProvider<TokenAuthenticationRequest> next = verifier();
        if (!enabled || next == null) {
            return next == null ? Uni.createFrom().nullItem() : next.authenticate(request, context);
        }
        ByteBuffer key = hash(request.getToken().getToken());
        Kept k = kept.getIfPresent(key);
        if (k != null && k.expiresAtSeconds() > System.currentTimeMillis() / 1000) {
            return Uni.createFrom().item(forThisRequest(k.identity(), request, context));
        }
        return next.authenticate(request, context).invoke(identity -> {
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                    && jwt.getExpirationTime() > System.currentTimeMillis() / 1000) {
                kept.put(key, new Kept(identity, jwt.getExpirationTime()));
            }
        });
    }

    /** The kept identity with this request's routing context and authentication context (quarkus-oidc sets both). */
    private static SecurityIdentity forThisRequest(SecurityIdentity identity, TokenAuthenticationRequest request,
                                                   AuthenticationRequestContext context) {
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder(identity);
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (rc != null) {
            b.addAttribute(RoutingContext.class.getName(), rc);
        }
        b.addAttribute(AuthenticationRequestContext.class.getName(), context);
        return b.build();
    }

    /** The provider that really verifies tokens: the highest-priority one other than this (quarkus-oidc's). */
    private IdentityProvider<TokenAuthenticationRequest> verifier() {
        IdentityProvider<TokenAuthenticationRequest> v = verifier;
        if (v == null) {
            v = providers.stream().filter(p -> !(p instanceof VerifiedTokens))
                    .max(Comparator.comparingInt(IdentityProvider::priority)).orElse(null);
            verifier = v;
        }
        return v;
    }

    private static ByteBuffer hash(String token) {
        try {
            return ByteBuffer.wrap(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
