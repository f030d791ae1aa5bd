package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import org.assay.support.Gql;
import org.assay.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The per-request time budget: with a budget far below what any request needs, every request is answered with a clear
 * {@code TIMEOUT} (never a 5xx, never a hang), and the service stays live. Its own profile (one extra start).
 */
@QuarkusTest
@TestProfile(TimeBudgetTest.TinyBudget.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class TimeBudgetTest {

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.graphql.time-budget", "PT0.000000001S");
        }
    }

    @Test
    void aSpentTimeBudgetAnswersTimeoutAndRunsNothingFurther() {
        for (String accept : new String[]{"application/json", "application/graphql-response+json"}) {
            RawHttp.Reply r = RawHttp.postGraphQL("{\"query\":\"{ me { subject } organisations { nodes { id } } }\"}", "Content-Type", "application/json",
                    "Accept", accept, "Authorization", "Bearer " + Gql.rootOperator().token());
            assertEquals(200, r.status(), r.body());
            JsonObject body = new JsonObject(r.body());
            assertTrue(body.containsKey("data") && body.getValue("data") == null, r.body());
            assertEquals("TIMEOUT", body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"), r.body());
        }
        assertEquals(200, RawHttp.send("GET", "/q/health/live", null).status());
    }
}
