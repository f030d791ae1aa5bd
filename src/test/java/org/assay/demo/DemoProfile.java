package org.assay.demo;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The test profile with the dev-mode demo world loaded at start (its own start, its own embedded database). */
public class DemoProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("assay.demo.enabled", "true");
    }
}
