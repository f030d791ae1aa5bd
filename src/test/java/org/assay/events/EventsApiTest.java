package org.assay.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event feed through the API: who receives which event, at which level, as a query would decide at that moment. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class EventsApiTest {

    static final String EVENTS = """
            query($first: Int, $after: String, $types: [EventType]) { events(first: $first, after: $after, types: $types) {
              edges { cursor node { id type wireType occurredAt data } } pageInfo { hasNextPage endCursor } } }""";
    static final String GRANT = """
            mutation($in: GrantSharingInput!) { grantSharing(input: $in) { grant { id level active } userErrors { field code message } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** One event as a client reads it: type, wire name, data parsed, the raw data text. */
    record Seen(String id, String type, String wireType, JsonPath data, String raw, String cursor) {
    }

    static List<Seen> events(Gql client, String... types) {
        List<Seen> all = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> v = new HashMap<>(vars("first", 100, "types", List.of(types)));
            if (after != null) v.put("after", after);
            Gql.Result r = client.post(EVENTS, v).assertNoErrors();
            List<Map<String, Object>> edges = r.get("data.events.edges");
            for (Map<String, Object> e : edges) {
                @SuppressWarnings("unchecked") Map<String, Object> n = (Map<String, Object>) e.get("node");
                String raw = (String) n.get("data");
                all.add(new Seen((String) n.get("id"), (String) n.get("type"), (String) n.get("wireType"), JsonPath.from(raw), raw, (String) e.get("cursor")));
            }
            if (!Boolean.TRUE.equals(r.get("data.events.pageInfo.hasNextPage"))) {
                return all;
            }
            after = r.string("data.events.pageInfo.endCursor");
        }
        throw new AssertionError("too many pages");
    }

    static List<Seen> about(List<Seen> events, String field, String value) {
        return events.stream().filter(e -> value.equals(e.data().getString(field))).toList();
    }

    static List<String> types(List<Seen> events) {
        return events.stream().map(Seen::type).toList();
    }

    /** An on-site audit of the world's supplier requested by member A, with a critical finding and an observation, published. */
    static String publishedWithFindings(Scenarios.World w) {
        String assessment = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT");
        Scenarios.assign(assessment, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(w.body().client(), assessment);
        Scenarios.answerAll(w.body().client(), assessment, applicable);
        for (String severity : List.of("CRITICAL", "OBSERVATION")) {
            Gql.Result f = w.body().client().post("mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } userErrors { code } } }",
                    vars("in", Map.of("assessmentId", assessment, "severity", severity, "title", severity + " finding: minors at the gate",
                            "description", "Observed during the site visit.", "indicatorCodes", List.of(applicable.get(0))))).assertNoErrors();
            assertEquals(List.of(), f.userErrorCodes("raiseFinding"));
        }
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        Gql.Result p = w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        assertEquals("PUBLISHED", p.string("data.publishAssessment.assessment.status"), p.raw());
        return assessment;
    }

    static String grant(Scenarios.World w, Map<String, Object> input) {
        Gql.Result r = w.supplier().client().post(GRANT, vars("in", input)).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("grantSharing"), r.raw());
        return r.string("data.grantSharing.grant.id");
    }

    @Test
    void supplierResultsReachOnlyLiveGrantHoldersAtTheirLevel() throws Exception {
        Scenarios.World w = Scenarios.world("Evented");
        String assessment = publishedWithFindings(w);
        String supplierNode = w.supplier().organisationNodeId();

        // the supplier: everything about itself, each once
        List<Seen> own = about(events(w.supplier().client()), "supplierId", supplierNode);
        assertEquals(List.of("ASSESSMENT_REQUESTED", "ASSESSMENT_ASSIGNED", "ASSESSMENT_PUBLISHED", "ACTION_OPENED"), types(own));
        Seen published = own.get(2);
        assertEquals("assessment.published", published.wireType());
        assertEquals(assessment, published.data().getString("assessmentId"));
        assertEquals("B", published.data().getString("rating"), "an open critical finding caps at B");
        assertEquals(1, published.data().getInt("findingCounts.critical"));
        assertEquals(2, published.data().getList("findings").size(), "the supplier sees its findings");
        assertNotNull(own.get(3).data().getString("actionId"));
        // the assigned body: its assignment
        assertEquals(List.of("ASSESSMENT_ASSIGNED", "ASSESSMENT_PUBLISHED", "ACTION_OPENED"),
                types(about(events(w.body().client()), "supplierId", supplierNode)));

        // member A requested it but holds no grant: its own request and its assignment, no results
        assertEquals(List.of("ASSESSMENT_REQUESTED", "ASSESSMENT_ASSIGNED"), types(about(events(w.memberA().client()), "supplierId", supplierNode)));
        // member B: nothing about this supplier
        assertEquals(List.of(), about(events(w.memberB().client()), "supplierId", supplierNode));

        // a summary grant to A: the publication, without full-only data, and no corrective-action detail
        grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY"));
        List<Seen> a = about(events(w.memberA().client()), "supplierId", supplierNode);
        assertEquals(List.of("ASSESSMENT_REQUESTED", "ASSESSMENT_ASSIGNED", "ASSESSMENT_PUBLISHED", "SHARING_GRANTED"), types(a));
        Seen summary = a.get(2);
        assertEquals("B", summary.data().getString("rating"));
        assertEquals(1, summary.data().getInt("findingCounts.critical"), "finding counts are summary data");
        assertNull(summary.data().get("findings"), "a summary grant never carries full-only data: " + summary.raw());
        assertFalse(summary.raw().contains("minors at the gate"), summary.raw());

        // a full grant to B: findings and actions; neither member's events name the other
        grant(w, Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "FULL"));
        List<Seen> b = about(events(w.memberB().client()), "supplierId", supplierNode);
        assertEquals(List.of("ASSESSMENT_PUBLISHED", "ACTION_OPENED", "SHARING_GRANTED"), types(b));
        assertEquals(2, b.get(0).data().getList("findings").size());
        assertEquals(List.of("ASSESSMENT_REQUESTED", "ASSESSMENT_ASSIGNED", "ASSESSMENT_PUBLISHED", "SHARING_GRANTED"),
                types(about(events(w.memberA().client()), "supplierId", supplierNode)), "A does not see B's grant");
        String aIds = w.memberA().organisationId() + "|" + w.memberA().organisationNodeId();
        String bIds = w.memberB().organisationId() + "|" + w.memberB().organisationNodeId();
        for (Seen e : events(w.memberA().client())) {
            assertFalse(e.raw().matches(".*(" + bIds + ").*"), "A's events never name B: " + e.raw());
        }
        for (Seen e : events(w.memberB().client())) {
            assertFalse(e.raw().matches(".*(" + aIds + ").*"), "B's events never name A: " + e.raw());
        }

        // each delivered event that reveals shared results is an access record, as a query would be
        assertTrue(count("select count(*) from access_record where member_id = ?::uuid and supplier_id = ?::uuid and level = 'SUMMARY'",
                w.memberA().organisationId(), w.supplier().organisationId()) > 0);
        assertTrue(count("select count(*) from access_record where member_id = ?::uuid and supplier_id = ?::uuid and level = 'FULL'",
                w.memberB().organisationId(), w.supplier().organisationId()) > 0);
        assertEquals(1, count("select count(*) from usage_event where organisation_id = ?::uuid and assessment_id = ?::uuid and kind = 'FULL_READ'",
                w.memberB().organisationId(), assessment), "a full read is metered once");

        // revocation: nothing more, not even the earlier results (only the revocation itself, a fact about B's own grant)
        String bGrant = b.get(2).data().getString("grantId");
        String resume = b.get(b.size() - 1).cursor();
        Gql.Result revoked = w.supplier().client().post("mutation($in: GrantRefInput!) { revokeSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("grantId", bGrant))).assertNoErrors();
        assertEquals(List.of(), revoked.userErrorCodes("revokeSharing"));
        assertEquals(List.of("SHARING_GRANTED", "SHARING_REVOKED"), types(about(events(w.memberB().client()), "supplierId", supplierNode)));
        Gql.Result after = w.memberB().client().post(EVENTS, vars("first", 100, "after", resume)).assertNoErrors();
        List<String> since = after.json().getList("data.events.edges.node.type");
        assertFalse(since.contains("ASSESSMENT_PUBLISHED") || since.contains("ACTION_OPENED"), after.raw());
    }

    @Test
    void typesFilterAndCursorValidation() {
        Scenarios.World w = Scenarios.world("Filtered");
        Scenarios.publishedDeskReview(w);
        List<Seen> published = about(events(w.supplier().client(), "ASSESSMENT_PUBLISHED"), "supplierId", w.supplier().organisationNodeId());
        assertEquals(List.of("ASSESSMENT_PUBLISHED"), types(published));
        w.supplier().client().post(EVENTS, vars("first", 101)).assertErrorCode("INVALID_ARGUMENT");
        w.supplier().client().post(EVENTS, vars("after", "not-a-cursor")).assertErrorCode("INVALID_ARGUMENT");
        Gql.anonymous().post(EVENTS).assertErrorCode("unauthorized");
    }

    long count(String sql, String... params) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setString(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
