package org.assay.packaged;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The OIDC provider the packaged service (prod profile) discovers: the WireMock OIDC server of quarkus-test-oidc-server,
 * configured through the variables an operator sets ({@code ASSAY_OIDC_URL}, {@code ASSAY_OIDC_AUDIENCE}).
 */
public class ProdIdentityProvider extends OidcWiremockTestResource {

    static final String AUDIENCE = "assay-api";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("ASSAY_OIDC_URL", config.get("keycloak.url") + "/realms/quarkus");
        config.put("ASSAY_OIDC_AUDIENCE", AUDIENCE);
        // the grievance key ring an operator sets (a throwaway key for the packaged service under test)
        config.put("ASSAY_GRIEVANCE_KEYS", "it1:" + java.util.Base64.getEncoder().encodeToString(randomKey()));
        config.put("ASSAY_GRIEVANCE_ACTIVE_KEY", "it1");
        // and the one that seals webhook signing secrets
        config.put("ASSAY_WEBHOOK_KEYS", "it1:" + java.util.Base64.getEncoder().encodeToString(randomKey()));
        config.put("ASSAY_WEBHOOK_ACTIVE_KEY", "it1");
        return config;
    }

    /** A signed access token for {@code subject} (also its username) with the given roles and audience. */
    static String token(String subject, Set<String> roles, String audience) {
        return generateJwtToken(subject, roles, subject, null, Set.of(audience), null);
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return key;
    }
}
