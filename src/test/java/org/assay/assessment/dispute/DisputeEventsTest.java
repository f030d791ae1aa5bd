package org.assay.assessment.dispute;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.assay.support.FeedReader;
import org.assay.support.FeedReader.Seen;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assay.support.FeedReader.about;
import static org.assay.support.FeedReader.types;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dispute events (issue 14 item 4) and dispute evidence: a dispute and its decision are each one event, recorded by the
 * change and by no refused one, received by whoever sees the finding (the supplier, the body that performed the
 * assessment, holders of a live FULL grant; not SUMMARY, not without a grant); a member with a FULL grant downloads the
 * evidence the supplier cited, and a SUMMARY grant or none is refused exactly like an unknown document.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DisputeEventsTest {

    static final String[] TYPES = {"FINDING_DISPUTED", "FINDING_DISPUTE_DECIDED"};

    @Inject
    AgroalDataSource db;

    @Test
    void disputeAndDecisionReachWhoeverSeesTheFindingAndFullGrantsReadTheEvidence() throws Exception {
        Scenarios.World w = Scenarios.world("Dispute Events");
        Gql supplier = w.supplier().client();
        Gql body = w.body().client();
        String assessment = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        Scenarios.assign(assessment, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(body, assessment);
        Scenarios.answerAll(body, assessment, applicable);
        String finding = body.post("mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } } }",
                vars("in", Map.of("assessmentId", assessment, "severity", "MAJOR", "title", "No grievance log",
                        "description", "The site keeps no log of complaints.", "indicatorCodes", List.of(applicable.get(0))))).assertNoErrors()
                .string("data.raiseFinding.finding.id");
        body.post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        body.post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        String grant = "mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }";
        supplier.post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        supplier.post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        Fixtures.Party memberC = Fixtures.party("MEMBER_FIRM", "Dispute Events Buyer C", "FR");
        String evidence = upload(w.supplier(), "complaints-register.pdf");
        assertEquals(404, download(w.memberA(), evidence).statusCode(), "not cited yet: not evidence of a finding");

        // refusals record nothing
        assertEquals(List.of("REASON_REQUIRED"), supplier.post(DisputeFlowTest.DISPUTE, vars("in", Map.of("findingId", finding, "reason", " ")))
                .userErrorCodes("disputeFinding"));
        assertEquals(0, count("finding.disputed", assessment));
        Map<String, Object> dispute = new HashMap<>(Map.of("findingId", finding, "reason", "The register is kept at the community office."));
        dispute.put("evidenceDocumentIds", List.of(evidence));
        supplier.post(DisputeFlowTest.DISPUTE, vars("in", dispute)).assertNoErrors();
        assertEquals(List.of("ALREADY_DISPUTED"), supplier.post(DisputeFlowTest.DISPUTE, vars("in", dispute)).userErrorCodes("disputeFinding"));
        assertEquals(1, count("finding.disputed", assessment));

        Map<String, Object> uphold = Map.of("findingId", finding, "decision", "UPHOLD", "reason", "The register has no entries since March.");
        assertEquals(List.of("NOT_FOUND"), Scenarios.accreditedBody("Dispute Events Stranger").client().post(DisputeFlowTest.DECIDE, vars("in", uphold))
                .userErrorCodes("decideDispute"));
        assertEquals(0, count("finding.dispute_decided", assessment));
        body.post(DisputeFlowTest.DECIDE, vars("in", uphold)).assertNoErrors();
        assertEquals(List.of("ALREADY_DECIDED"), body.post(DisputeFlowTest.DECIDE, vars("in", uphold)).userErrorCodes("decideDispute"));
        assertEquals(1, count("finding.dispute_decided", assessment));

        // whoever sees the finding receives both; a SUMMARY grant or none receives neither
        for (Gql reader : List.of(supplier, body, w.memberA().client())) {
            List<Seen> seen = about(FeedReader.events(reader, TYPES), "assessmentId", assessment);
            assertEquals(List.of("FINDING_DISPUTED", "FINDING_DISPUTE_DECIDED"), types(seen));
            assertEquals(finding, seen.get(0).data().getString("findingId"));
            assertEquals("OPEN", seen.get(0).data().getString("status"));
            assertEquals("finding.dispute_decided", seen.get(1).wireType());
            assertEquals("UPHELD", seen.get(1).data().getString("status"));
            assertEquals("MAJOR", seen.get(1).data().getString("severity"));
        }
        assertEquals(List.of(), about(FeedReader.events(w.memberB().client(), TYPES), "assessmentId", assessment));
        assertEquals(List.of(), about(FeedReader.events(memberC.client(), TYPES), "assessmentId", assessment));

        // the dispute's evidence: a FULL grant reads it like any evidence of the findings it may read; SUMMARY and no grant as an unknown document
        Response full = download(w.memberA(), evidence);
        assertEquals(200, full.statusCode(), full.asString());
        assertEquals(200, download(w.body(), evidence).statusCode());
        Response unknown = download(w.memberB(), UUID.randomUUID().toString());
        for (Fixtures.Party refused : List.of(w.memberB(), memberC)) {
            Response r = download(refused, evidence);
            assertEquals(unknown.statusCode(), r.statusCode());
            assertArrayEquals(unknown.asByteArray(), r.asByteArray(), "refused exactly like an unknown document");
        }
    }

    static Response download(Fixtures.Party party, String id) {
        return given().auth().oauth2(party.client().token()).get("/documents/" + id);
    }

    static String upload(Fixtures.Party party, String name) {
        return given().auth().oauth2(party.client().token())
                .multiPart("file", name, ("%PDF-1.4 " + name + " " + UUID.randomUUID()).getBytes(), "application/pdf")
                .post("/documents").then().statusCode(201).extract().path("id");
    }

    long count(String type, String assessmentId) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where type = ? and assessment_id = ?::uuid")) {
            ps.setString(1, type);
            ps.setString(2, assessmentId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
