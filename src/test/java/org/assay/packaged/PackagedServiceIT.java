package org.assay.packaged;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built artifact ({@code target/quarkus-app/quarkus-run.jar}) started as production starts it: prod profile, an
 * external PostgreSQL with an empty database, an OIDC provider discovered from {@code ASSAY_OIDC_URL}. Checks what only
 * the packaged prod configuration shows (run by Failsafe in {@code ./mvnw verify}).
 */
@QuarkusIntegrationTest
@WithTestResource(ThrowawayDatabase.class)
@WithTestResource(ProdIdentityProvider.class)
@WithTestResource(OtlpReceiver.class)
class PackagedServiceIT {

    private static final String MIGRATIONS = "src/main/resources/db/migration";

    @Test
    void flywayMigratesAnEmptyDatabaseAndHibernateValidatesIt() throws Exception {
        // started at all = every migration applied and Hibernate's validation of the schema passed
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of(MIGRATIONS))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql")).sorted().toList();
        }
        List<String> applied = new ArrayList<>();
        try (Connection c = ThrowawayDatabase.connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("select script, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (rs.next()) {
                assertTrue(rs.getBoolean(2), rs.getString(1) + " failed");
                applied.add(rs.getString(1).replaceFirst("^db/migration/", ""));
            }
        }
        assertEquals(files, applied.stream().sorted().toList(), "every versioned migration, once, nothing else");
        try (Connection c = ThrowawayDatabase.connect(); var st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from organisation")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no demo data in prod (db/demo is dev only)");
        }
    }

    @Test
    void healthProbes() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void tokensAreValidatedAgainstTheDiscoveredProviderAndAudience() {
        String ok = ProdIdentityProvider.token("it-operator", Set.of("assay-operator"), ProdIdentityProvider.AUDIENCE);
        given().auth().oauth2(ok).contentType(ContentType.JSON).body(Map.of("query", "{ me { role } }"))
                .post("/graphql").then().statusCode(200).body("data.me.role", equalTo("OPERATOR"));

        String otherAudience = ProdIdentityProvider.token("it-operator", Set.of("assay-operator"), "another-api");
        given().auth().oauth2(otherAudience).contentType(ContentType.JSON).body(Map.of("query", "{ me { role } }"))
                .post("/graphql").then().statusCode(401);

        given().auth().oauth2(ok + "x").contentType(ContentType.JSON).body(Map.of("query", "{ me { role } }"))
                .post("/graphql").then().statusCode(401);

        given().contentType(ContentType.JSON).body(Map.of("query", "{ me { role } }"))
                .post("/graphql").then().statusCode(200).body("errors[0].extensions.code", equalTo("unauthorized"));
    }

    @Test
    void introspectionIsForSignedInMembersByDefault() {
        // the production default (assay.graphql.introspection=members; deploy/kubernetes sets ASSAY_GRAPHQL_INTROSPECTION=members)
        Map<String, String> introspect = Map.of("query", "{ __schema { queryType { name } } }");
        given().contentType(ContentType.JSON).body(introspect).post("/graphql")
                .then().body("data", nullValue()).body("errors[0].extensions.code", equalTo("INTROSPECTION_NOT_ALLOWED"));
        given().get("/graphql/schema.graphql").then().statusCode(401);
        String operator = ProdIdentityProvider.token("it-introspecting-operator", Set.of("assay-operator"), ProdIdentityProvider.AUDIENCE);
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(introspect).post("/graphql")
                .then().statusCode(200).body("data.__schema.queryType.name", equalTo("Query"));
        given().auth().oauth2(operator).get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
    }

    @Test
    void devEndpointsAndTheGraphQLUiAreNotInProduction() {
        given().get("/dev/token?user=operator").then().statusCode(404);
        given().get("/q/graphql-ui").then().statusCode(404);
        given().get("/q/dev-ui").then().statusCode(404);
    }

    /** The demo world is dev mode's (org.assay.demo, not even built into this artifact): production starts empty. */
    @Test
    void theDemoWorldIsNotLoadedInProduction() {
        String operator = ProdIdentityProvider.token("it-demo-check", Set.of("assay-operator"), ProdIdentityProvider.AUDIENCE);
        String answer = given().auth().oauth2(operator).contentType(ContentType.JSON)
                .body(Map.of("query", "{ organisations(first: 100) { nodes { name } } auditEvents(first: 100, filter: { operation: \"loadDemoWorld\" }) { nodes { seq } } }"))
                .post("/graphql").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(answer.contains("\"auditEvents\":{\"nodes\":[]}"), answer);
        for (String demo : new String[]{"Voltaris", "Kolwezi", "Independent Minerals Assurance", "Assay Operator Foundation"}) {
            org.junit.jupiter.api.Assertions.assertFalse(answer.contains(demo), demo + " in production: " + answer);
        }
        String voltaris = ProdIdentityProvider.token("voltaris", Set.of(), ProdIdentityProvider.AUDIENCE);
        given().auth().oauth2(voltaris).contentType(ContentType.JSON).body(Map.of("query", "{ me { member } }"))
                .post("/graphql").then().statusCode(200).body("data.me.member", equalTo(false));
    }

    @Test
    void metricsAfterAnOperation() {
        String ok = ProdIdentityProvider.token("it-member", Set.of(), ProdIdentityProvider.AUDIENCE);
        given().auth().oauth2(ok).contentType(ContentType.JSON).body(Map.of("query", "{ me { subject } }")).post("/graphql")
                .then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String expected : List.of("assay_graphql_operation_seconds_count{operation=\"me\",outcome=\"ok\",type=\"query\"}",
                "http_server_requests_seconds_count{", "jvm_memory_used_bytes{", "agroal_active_count{",
                "assay_corrective_actions_overdue{", "assay_audit_trail_intact")) {
            assertTrue(metrics.contains(expected), "missing in /q/metrics: " + expected);
        }
    }

    @Test
    void tracesGoFromTheHttpRequestThroughTheOperationToJdbcAndAreExportedOverOtlp() throws InterruptedException, IOException {
        String token = ProdIdentityProvider.token("it-tracing", Set.of("assay-operator"), ProdIdentityProvider.AUDIENCE);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .body(Map.of("query", "query TraceMe { me { role } }", "operationName", "TraceMe")).post("/graphql").then().statusCode(200);
        long until = System.currentTimeMillis() + 30_000;
        String exported = "";
        while (System.currentTimeMillis() < until) {
            exported = String.join("\n", OtlpReceiver.EXPORTS);
            if (exported.contains("GraphQL:TraceMe") && exported.contains("membership")) {
                break;
            }
            Thread.sleep(200);
        }
        Files.writeString(Path.of("target/otlp-exports.txt"), exported);
        assertTrue(exported.contains("/v1/traces"), "exported to the configured endpoint");
        assertTrue(exported.contains("POST /graphql"), "the HTTP server span");
        assertTrue(exported.contains("GraphQL:TraceMe"), "the GraphQL operation span");
        assertTrue(exported.contains("membership"), "a JDBC span (the membership lookup)");
        // the caller's trace id (W3C traceparent) is continued: its 16 bytes are in the export
        byte[] traceId = java.util.HexFormat.of().parseHex("4bf92f3577b34da6a3ce929d0e0e4736");
        assertTrue(exported.contains(new String(traceId, java.nio.charset.StandardCharsets.ISO_8859_1)), "the incoming trace is continued");
    }

    @Test
    void logLinesAreJsonObjects() throws IOException {
        Path log = Path.of("target/quarkus.log");
        assertTrue(Files.exists(log), "the packaged service's output is captured in " + log);
        List<String> lines = Files.readAllLines(log).stream().filter(l -> !l.isBlank()).toList();
        assertFalse(lines.isEmpty());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        int json = 0;
        for (String line : lines) {
            if (line.startsWith("{")) {
                var node = mapper.readTree(line);
                assertTrue(node.has("timestamp") && node.has("level") && node.has("message"), line);
                json++;
            }
        }
        assertTrue(json > 0 && json == lines.size(), "every line is one JSON object (" + json + " of " + lines.size() + ")");
        assertTrue(lines.stream().anyMatch(l -> l.contains("Profile prod activated")), "the prod profile ran");
    }
}
