package org.assay.demo;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The test profile with the dev-mode demo world loaded at start (its own start, its own embedded database). */
public class DemoProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        // the demo people are recorded under the configured issuer name, as in dev mode (there: dev-oidc); the test
        // tokens' issuer, so the guide examples' users sign in with them
        return Map.of("assay.demo.enabled", "true", "assay.identity.issuer", org.assay.support.Tokens.ISSUER);
    }
}
