package org.assay.sharing;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SharingApiTest {

    static final String RESULTS = """
            query($s: ID!) { sharedResults(supplierId: $s) { access
              summary { assessmentId rating overallScore validUntil themes { code score } findings { critical major } }
              detail { answers { indicatorCode evidence { id } } findings { id evidence { id } } evidenceDocumentIds evidence { id downloadPath } } } }""";
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

    @Test
    void grantUpgradeRevokeAndExpiry() throws Exception {
        Scenarios.World w = Scenarios.world("Shared");
        String[] published = Scenarios.publishedDeskReviewWithEvidence(w);
        String assessment = published[0];
        String document = published[1];
        Gql memberA = w.memberA().client();
        String supplier = w.supplier().organisationId();
        assertEquals(404, download(memberA, document), "no grant, no evidence");

        // opt-in: nothing shared yet
        Gql.Result r = memberA.post(RESULTS, vars("s", supplier));
        assertEquals("NOT_SHARED", r.string("data.sharedResults.access"));
        assertNull(r.get("data.sharedResults.summary"));
        assertNull(r.get("data.sharedResults.detail"));
        assertEquals(List.of("forbidden", "forbidden"), r.errorCodes(), r.raw());

        // summary grant: summary visible, detail refused even when asked for explicitly
        String grantId = grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY"));
        r = memberA.post(RESULTS, vars("s", supplier));
        assertEquals("SUMMARY", r.string("data.sharedResults.access"));
        assertEquals(assessment, r.string("data.sharedResults.summary.assessmentId"));
        assertEquals(8, r.json().getList("data.sharedResults.summary.themes").size());
        // the summary reads the theme scores publication stored: the same, in the same order, as the score card computed now
        Gql.Result breakdown = w.supplier().client().post("query($id: ID!) { ratingBreakdown(assessmentId: $id) { themes { code score } } }",
                vars("id", assessment)).assertNoErrors();
        assertEquals(breakdown.<List<Object>>get("data.ratingBreakdown.themes"), r.<List<Object>>get("data.sharedResults.summary.themes"));
        assertNull(r.get("data.sharedResults.detail"), "no full data under a summary grant");
        assertEquals(List.of("forbidden"), r.errorCodes());
        assertTrue(r.errors().get(0).get("path").toString().contains("detail"));

        // member B has no grant
        assertEquals("NOT_SHARED", w.memberB().client().post(RESULTS, vars("s", supplier)).string("data.sharedResults.access"));
        assertEquals(404, download(memberA, document), "summary grant: no evidence");

        // upgrade to full: answers and findings
        assertEquals(grantId, grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL")), "same grant, new level");
        r = memberA.post(RESULTS, vars("s", supplier)).assertNoErrors();
        assertEquals("FULL", r.string("data.sharedResults.access"));
        assertFalse(r.json().getList("data.sharedResults.detail.answers").isEmpty());
        assertTrue(r.json().getList("data.sharedResults.detail.evidenceDocumentIds").contains(document));
        assertTrue(r.json().getList("data.sharedResults.detail.evidence.id").contains(document), r.raw());
        assertTrue(r.json().getList("data.sharedResults.detail.evidence.downloadPath").contains("/documents/" + document), r.raw());
        assertTrue(r.json().getList("data.sharedResults.detail.answers.evidence.id").toString().contains(document), "the answer citing it: " + r.raw());
        assertEquals(200, download(memberA, document), "full grant: evidence downloadable");
        assertEquals(404, download(w.memberB().client(), document));

        // revoke: refused again on the next request
        Gql.Result revoked = w.supplier().client().post("mutation($in: GrantRefInput!) { revokeSharing(input: $in) { grant { active } userErrors { code } } }",
                vars("in", Map.of("grantId", grantId))).assertNoErrors();
        assertEquals(false, revoked.<Boolean>get("data.revokeSharing.grant.active"));
        assertEquals("NOT_SHARED", memberA.post(RESULTS, vars("s", supplier)).string("data.sharedResults.access"));
        assertEquals(404, download(memberA, document), "revoked: evidence refused again");

        // end date honoured with the clock
        String ending = grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY",
                "validUntil", clock.today().plusDays(5).toString()));
        assertEquals("SUMMARY", memberA.post(RESULTS, vars("s", supplier)).string("data.sharedResults.access"));
        clock.advance(Duration.ofDays(6));
        assertEquals("NOT_SHARED", memberA.post(RESULTS, vars("s", supplier)).string("data.sharedResults.access"));
        // the supplier's own list says the same, on the same (platform) clock
        Gql.Result mine = w.supplier().client().post("{ mySharingGrants(first: 100) { nodes { id active } } }").assertNoErrors();
        List<Map<String, Object>> grants = mine.get("data.mySharingGrants.nodes");
        assertEquals(List.of(false), grants.stream().filter(g -> ending.equals(g.get("id"))).map(g -> g.get("active")).toList(), mine.raw());
    }

    @Test
    void publicSummaryIsVisibleToAnySignedInUser() {
        Scenarios.World w = Scenarios.world("Public");
        Scenarios.publishedDeskReview(w);
        grant(w, Map.of("audience", "PUBLIC", "level", "SUMMARY"));
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Curious Smelter", "CN");
        Fixtures.Party otherBody = Fixtures.party("ASSESSMENT_BODY", "Curious Auditors", "FR");
        for (Gql g : List.of(otherSupplier.client(), otherBody.client(), w.memberB().client())) {
            Gql.Result r = g.post(RESULTS, vars("s", w.supplier().organisationId()));
            assertEquals("SUMMARY", r.string("data.sharedResults.access"), r.raw());
            assertNotNull(r.get("data.sharedResults.summary.rating"));
            assertNull(r.get("data.sharedResults.detail"));
        }
        Gql.anonymous().post(RESULTS, vars("s", w.supplier().organisationId())).assertErrorCode("unauthorized");
        Gql.as("nobody-" + System.nanoTime()).post(RESULTS, vars("s", w.supplier().organisationId())).assertErrorCode("NOT_A_MEMBER");
    }

    @Test
    void sharingRequestAcceptAndDecline() {
        Scenarios.World w = Scenarios.world("Asked");
        Scenarios.publishedDeskReview(w);
        String ask = "mutation($in: RequestSharingInput!) { requestSharing(input: $in) { request { id status } userErrors { code } } }";
        String first = w.memberB().client().post(ask, vars("in", Map.of("supplierId", w.supplier().organisationId()))).assertNoErrors()
                .string("data.requestSharing.request.id");
        String again = w.memberB().client().post(ask, vars("in", Map.of("supplierId", w.supplier().organisationId()))).assertNoErrors()
                .string("data.requestSharing.request.id");
        assertEquals(first, again, "re-requesting while pending does not create a second");

        // the supplier sees who asked; member A sees nothing of member B's requests
        Gql.Result incoming = w.supplier().client().post("{ sharingRequests(status: PENDING) { nodes { id member { id } } } }").assertNoErrors();
        assertTrue(incoming.json().getList("data.sharingRequests.nodes.id").contains(first));
        assertFalse(w.memberA().client().post("{ sharingRequests { nodes { id } } }").json().getList("data.sharingRequests.nodes.id").contains(first));

        Gql.Result accepted = w.supplier().client().post("mutation($in: AcceptSharingRequestInput!) { acceptSharingRequest(input: $in) { request { status level } userErrors { code } } }",
                vars("in", Map.of("requestId", first, "level", "SUMMARY"))).assertNoErrors();
        assertEquals("ACCEPTED", accepted.string("data.acceptSharingRequest.request.status"));
        Gql.Result outcome = w.memberB().client().post("{ sharingRequests { nodes { id status level } } }").assertNoErrors();
        assertEquals(List.of("ACCEPTED"), outcome.json().getList("data.sharingRequests.nodes.status"));
        assertEquals("SUMMARY", w.memberB().client().post(RESULTS, vars("s", w.supplier().organisationId())).string("data.sharedResults.access"));

        // decline flow, and a decided request cannot be decided again
        String third = w.memberA().client().post(ask, vars("in", Map.of("supplierId", w.supplier().organisationId()))).assertNoErrors()
                .string("data.requestSharing.request.id");
        String decline = "mutation($in: SharingRequestRefInput!) { declineSharingRequest(input: $in) { request { status } userErrors { code } } }";
        assertEquals("DECLINED", w.supplier().client().post(decline, vars("in", Map.of("requestId", third))).string("data.declineSharingRequest.request.status"));
        assertEquals(List.of("ALREADY_DECIDED"), w.supplier().client().post(decline, vars("in", Map.of("requestId", third))).userErrorCodes("declineSharingRequest"));
        // another supplier cannot decide it
        Fixtures.Party other = Fixtures.party("SUPPLIER", "Other Supplier", "PE");
        assertEquals(List.of("NOT_FOUND"), other.client().post(decline, vars("in", Map.of("requestId", third))).userErrorCodes("declineSharingRequest"));
    }

    @Test
    void accessRecordsAndUsageAreWrittenOncePerRule() throws Exception {
        Scenarios.World w = Scenarios.world("Metered");
        String assessment = Scenarios.publishedDeskReview(w);
        grant(w, Map.of("audience", "ALL_MEMBERS", "level", "FULL"));
        String supplier = w.supplier().organisationId();
        Gql memberA = w.memberA().client();

        long records = count("select count(*) from access_record where supplier_id = '" + supplier + "'");
        memberA.post(RESULTS, vars("s", supplier)).assertNoErrors();
        memberA.post(RESULTS, vars("s", supplier)).assertNoErrors();
        assertEquals(records + 4, count("select count(*) from access_record where supplier_id = '" + supplier + "'"), "summary and detail, twice");
        assertEquals(1, count("select count(*) from usage_event where kind = 'FULL_READ' and assessment_id = '" + assessment
                + "' and organisation_id = '" + w.memberA().organisationId() + "'"), "first full read only");
        // the supplier's own reads are not recorded
        w.supplier().client().post(RESULTS, vars("s", supplier)).assertNoErrors();
        assertEquals(records + 4, count("select count(*) from access_record where supplier_id = '" + supplier + "'"));

        long audits = count("select count(*) from audit_event where operation = 'accessRecords'");
        Gql.Result mine = w.supplier().client().post("{ accessRecords(first: 10) { nodes { reader { id } level assessmentId } } }").assertNoErrors();
        assertEquals(4, mine.json().getList("data.accessRecords.nodes").size());
        assertTrue(mine.json().getList("data.accessRecords.nodes.reader.id").stream().allMatch(w.memberA().organisationId()::equals));
        assertEquals(audits + 1, count("select count(*) from audit_event where operation = 'accessRecords'"), "reading the records is audited");
        Fixtures.Party other = Fixtures.party("SUPPLIER", "Record Snooper", "BR");
        assertEquals(List.of(), other.client().post("{ accessRecords { nodes { id } } }").json().getList("data.accessRecords.nodes"));
        memberA.post("{ accessRecords { nodes { id } } }").assertErrorCode("forbidden");
        Gql.Result all = Gql.rootOperator().post("query($s: ID) { accessRecords(supplierId: $s) { nodes { id } } }", vars("s", supplier)).assertNoErrors();
        assertEquals(4, all.json().getList("data.accessRecords.nodes").size());

        Map<String, Object> period = new HashMap<>(Map.of("from", Instant.now().minus(Duration.ofDays(1)).toString(),
                "to", Instant.now().plus(Duration.ofDays(1)).toString()));
        Gql.Result usage = memberA.post("query($from: DateTime!, $to: DateTime!) { usageReport(from: $from, to: $to) { totals { kind count } } }", period).assertNoErrors();
        Map<String, Integer> totals = new HashMap<>();
        for (Map<String, Object> t : usage.json().<Map<String, Object>>getList("data.usageReport.totals")) {
            totals.put((String) t.get("kind"), ((Number) t.get("count")).intValue());
        }
        assertEquals(1, totals.get("FULL_READ"));
        assertEquals(1, totals.get("ASSESSMENT_FEE"), "member A requested the desk review");
        period.put("o", w.memberA().organisationId());
        Gql.Result operatorView = Gql.rootOperator().post("query($o: ID, $from: DateTime!, $to: DateTime!) { usageReport(organisationId: $o, from: $from, to: $to) { organisationId } }", period).assertNoErrors();
        assertEquals(w.memberA().organisationId(), operatorView.string("data.usageReport.organisationId"));
        Gql.Result sneaky = w.memberB().client().post("query($o: ID, $from: DateTime!, $to: DateTime!) { usageReport(organisationId: $o, from: $from, to: $to) { organisationId } }", period).assertNoErrors();
        assertEquals(w.memberB().organisationId(), sneaky.string("data.usageReport.organisationId"), "a member only ever gets its own usage");
    }

    static int download(Gql who, String documentId) {
        return io.restassured.RestAssured.given().auth().oauth2(who.token()).get("/documents/" + documentId).statusCode();
    }

    String grant(Scenarios.World w, Map<String, Object> in) {
        Gql.Result r = w.supplier().client().post(GRANT, vars("in", in)).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("grantSharing"), r.raw());
        return r.string("data.grantSharing.grant.id");
    }

    long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
