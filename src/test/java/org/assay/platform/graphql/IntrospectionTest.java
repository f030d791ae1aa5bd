package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18, observations 7 and 11: the schema (introspection and the SDL) for signed-in members only, and for them the
 * standard introspection query of graphql-js (the text {@code getIntrospectionQuery()} of graphql 17.1.0 returns, kept
 * as test resources: its defaults, and with every option GraphiQL may turn on) passes the introspection allowance.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class IntrospectionTest {

    static String resource(String name) throws Exception {
        try (var in = IntrospectionTest.class.getResourceAsStream("/introspection/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anonymousCallersAndNonMembersCannotReadTheSchema() throws Exception {
        String query = resource("graphql-js-17.1.0-default.graphql");
        Gql.Result anon = Gql.anonymous().post(query);
        assertEquals(List.of("INTROSPECTION_NOT_ALLOWED"), anon.errorCodes(), anon.raw());
        assertNull(anon.get("data"));
        Gql.Result type = Gql.anonymous().post("{ __type(name: \"Query\") { fields { name } } }");
        assertEquals(List.of("INTROSPECTION_NOT_ALLOWED"), type.errorCodes(), type.raw());
        Gql.Result stranger = Gql.as("stranger-" + System.nanoTime()).post(query);
        assertEquals(List.of("INTROSPECTION_NOT_ALLOWED"), stranger.errorCodes(), stranger.raw());
        RawHttp.Reply gql = RawHttp.postGraphQL(RawHttp.json(Map.of("query", query)), "Content-Type", "application/json",
                "Accept", "application/graphql-response+json");
        assertEquals(401, gql.status(), gql.body());
        // __typename is not introspection.
        Gql.anonymous().post("{ __typename }").assertNoErrors();
        RawHttp.Reply sdl = RawHttp.send("GET", "/graphql/schema.graphql", null);
        assertEquals(401, sdl.status(), sdl.body());
        assertTrue(sdl.contentType().startsWith("application/json"));
        RawHttp.Reply strangerSdl = RawHttp.send("GET", "/graphql/schema.graphql", null,
                "Authorization", "Bearer " + Gql.as("stranger-" + System.nanoTime()).token());
        assertEquals(403, strangerSdl.status(), strangerSdl.body());
    }

    @Test
    void membersLoadTheSchemaWithTheStandardIntrospectionQuery() throws Exception {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Schema Reader Mining", "CD");
        for (String name : new String[]{"graphql-js-17.1.0-default.graphql", "graphql-js-17.1.0-all-options.graphql"}) {
            Gql.Result r = supplier.client().post(resource(name)).assertNoErrors();
            List<Object> types = r.json().getList("data.__schema.types");
            assertTrue(types.size() > 100, name);
            assertEquals("Query", r.string("data.__schema.queryType.name"));
        }
        RawHttp.Reply sdl = RawHttp.send("GET", "/graphql/schema.graphql", null, "Authorization", "Bearer " + supplier.client().token());
        assertEquals(200, sdl.status());
        assertTrue(sdl.body().contains("type Query"));
        // The allowance is for introspection alone: a data query as deep is still refused.
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(18) + "name" + " }".repeat(18) + " } } } } }";
        assertEquals(List.of("TOO_DEEP"), supplier.client().post(deep).errorCodes());
    }
}
