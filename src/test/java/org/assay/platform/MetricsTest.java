package org.assay.platform;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.audit.AuditVerificationSweep;
import org.assay.cap.OverdueActionsGauge;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After API calls as portals make them, {@code /q/metrics} shows the per-operation timers with their outcomes, the
 * business counters and gauges, and the HTTP, JVM and connection-pool metrics — under the names the Grafana dashboard
 * and alert rules in deploy/ use.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class MetricsTest {

    @Inject
    OverdueActionsGauge overdue;

    @Inject
    AuditVerificationSweep auditVerification;

    @Test
    void operationsCountersAndPlatformMetricsAreExported() throws IOException {
        Scenarios.World w = Scenarios.world("Metrics");
        // ok / refused / user error / invalid, one of each
        w.memberA().client().post("{ me { role } }").assertNoErrors();
        w.supplier().client().post("{ supplierDirectory { nodes { id } } }").assertErrorCode("forbidden");
        Gql.anonymous().post("{ supplierDirectory { nodes { id } } }");
        Gql.Result bad = Gql.rootOperator().post("""
                mutation($in: AdmitOrganisationInput!) { admitOrganisation(input: $in) { organisation { id } userErrors { code } } }""",
                vars("in", Map.of("kind", "SUPPLIER", "name", " ", "country", "XX", "identifiers", Map.of("lei", "NOT-A-LEI"))));
        assertTrue(!bad.userErrorCodes("admitOrganisation").isEmpty(), bad.raw());
        Gql.rootOperator().post("{ noSuchField }");
        w.memberA().client().post("{ a: me { role } b: me { subject } }").assertNoErrors();

        // business facts: a publication, a grant given and revoked
        Scenarios.publishedDeskReview(w);
        Gql.Result granted = w.supplier().client().post("""
                mutation($in: GrantSharingInput!) { grantSharing(input: $in) { grant { id } userErrors { code } } }""",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        String grant = granted.string("data.grantSharing.grant.id");
        w.supplier().client().post("mutation($in: GrantRefInput!) { revokeSharing(input: $in) { grant { id } userErrors { code } } }",
                vars("in", Map.of("grantId", grant))).assertNoErrors();
        overdue.refresh();
        auditVerification.verifyOnce();
        auditVerification.refresh();

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        for (String expected : List.of(
                // one timer per root field, type and outcome
                "assay_graphql_operation_seconds_count{operation=\"me\",outcome=\"ok\",type=\"query\"}",
                "assay_graphql_operation_seconds_count{operation=\"supplierDirectory\",outcome=\"refused\",type=\"query\"}",
                "assay_graphql_operation_seconds_count{operation=\"admitOrganisation\",outcome=\"user_error\",type=\"mutation\"}",
                "assay_graphql_operation_seconds_count{operation=\"(invalid)\",outcome=\"user_error\",type=\"query\"}",
                "assay_graphql_operation_seconds_count{operation=\"publishAssessment\",outcome=\"ok\",type=\"mutation\"}",
                "assay_graphql_operation_seconds_bucket{operation=\"me\",outcome=\"ok\",type=\"query\",le=\"0.1\"}",
                // business counters and gauges
                "assay_assessments_published_total{method=\"DESK_REVIEW\"}",
                "assay_sharing_grants_given_total{audience=\"MEMBER\",level=\"SUMMARY\"}",
                "assay_sharing_grants_revoked_total{audience=\"MEMBER\",level=\"SUMMARY\"}",
                "assay_audit_events_appended_total ",
                "assay_corrective_actions_overdue{severity=\"CRITICAL\"}",
                "assay_audit_trail_intact 1.0",
                "assay_audit_trail_verified_timestamp_seconds ",
                // the platform's own
                "http_server_requests_seconds_count{",
                "jvm_memory_used_bytes{",
                "agroal_active_count{")) {
            assertTrue(metrics.contains(expected), "missing in /q/metrics: " + expected);
        }
        assertTrue(metrics.contains("operation=\"(multiple)\"") || metrics.contains("operation=\"me\""), "aliases of one field are one operation");
        assertEquals(-1, metrics.indexOf("noSuchField"), "a name the schema does not have never becomes a tag");

        // every metric the Grafana dashboard and the alert rules use exists
        Set<String> exported = metrics.lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        for (Path file : List.of(Path.of("deploy/monitoring/assay-alerts.yaml"), Path.of("deploy/monitoring/grafana-dashboard.json"))) {
            Matcher m = METRIC.matcher(Files.readString(file));
            int used = 0;
            while (m.find()) {
                used++;
                assertTrue(exported.contains(m.group()), file + " uses " + m.group() + ", which /q/metrics does not export");
            }
            assertTrue(used > 5, file + " uses the service's metrics");
        }
    }

    private static final Pattern METRIC = Pattern.compile("\\b(assay|agroal|http_server|jvm|process)_[a-z_]+\\b");
}
