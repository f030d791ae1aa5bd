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
        return config;
    }

    /** A signed access token for {@code subject} (also its username) with the given roles and audience. */
    static String token(String subject, Set<String> roles, String audience) {
        return generateJwtToken(subject, roles, subject, null, Set.of(audience), null);
    }
}
