package org.assay.support;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/**
 * A start of the service with an embedded PostgreSQL of its own (a profile of its own starts the service again, and the
 * embedded database with it): for tests that stop the database (DatabaseOutageTest) or need a platform where no other
 * test's people exist (LastOperatorTest). The test classes of one profile run together.
 */
public class OwnDatabaseProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of();
    }

    @Override
    public String getConfigProfile() {
        return "test";
    }
}
