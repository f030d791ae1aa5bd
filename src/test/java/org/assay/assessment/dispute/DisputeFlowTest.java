package org.assay.assessment.dispute;

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

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Finding disputes through the API (issue 14 item 5): the supplier disputes, the assessment body that performed the
 * assessment upholds or withdraws; a withdrawn critical finding no longer caps the current rating, the published
 * assessment never changes; the dispute is seen wherever the finding is.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DisputeFlowTest {

    static final String DISPUTE = """
            mutation($in: DisputeFindingInput!) { disputeFinding(input: $in) {
              dispute { id status reason evidenceDocumentIds evidence { id name } disputedAt decisionReason decidedAt }
              finding { id severity dispute { status } } userErrors { field code message } } }""";
    static final String DECIDE = """
            mutation($in: DecideDisputeInput!) { decideDispute(input: $in) {
              dispute { id status reason decisionReason decidedAt } finding { id dispute { status decisionReason } }
              userErrors { field code message } } }""";
    static final String STATUS = """
            { mySupplierStatus { rating actions { openCritical openMajor } currentRating { rating publishedRating explanation } } }""";
    static final String FINDINGS = """
            query($id: ID!) { assessment(id: $id) { rating findings { id severity dispute { status reason decisionReason } } } }""";
    static final String ACTIONS = "query($a: ID) { correctiveActions(assessmentId: $a) { findingId severity status overdue history { kind note } } }";

    @Inject
    Clock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void withdrawnCriticalFindingLiftsTheCurrentRatingUpheldOneStandsAndThePublishedAssessmentNeverChanges() {
        Scenarios.World w = Scenarios.world("Disputed");
        Gql supplier = w.supplier().client();
        Gql body = w.body().client();
        String assessment = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT");
        Scenarios.assign(assessment, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(body, assessment);
        Scenarios.answerAll(body, assessment, applicable);
        Map<String, String> finding = new HashMap<>();
        for (String severity : List.of("CRITICAL", "MAJOR", "MINOR")) {
            finding.put(severity, body.post("mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } } }",
                    vars("in", Map.of("assessmentId", assessment, "severity", severity, "title", severity + " finding",
                            "description", "Seen on site.", "indicatorCodes", List.of(applicable.get(0))))).assertNoErrors()
                    .string("data.raiseFinding.finding.id"));
        }
        String critical = finding.get("CRITICAL");
        String major = finding.get("MAJOR");

        // before publication there is nothing to dispute
        assertEquals(List.of("NOT_PUBLISHED"), supplier.post(DISPUTE, vars("in", Map.of("findingId", critical, "reason", "Not true.")))
                .userErrorCodes("disputeFinding"));

        body.post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        assertEquals("B", body.post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors()
                .string("data.publishAssessment.assessment.rating"), "the open critical finding caps at B");
        assertEquals("B", supplier.post(STATUS).assertNoErrors().string("data.mySupplierStatus.currentRating.rating"));

        // refusals: wrong role, another supplier (NOT_FOUND like an unknown id), no reason, a document that is not the supplier's
        Map<String, Object> disputeCritical = Map.of("findingId", critical,
                "reason", "The workers under 18 were visiting apprentices from the technical school, with signed agreements.");
        w.memberA().client().post(DISPUTE, vars("in", disputeCritical)).assertErrorCode("forbidden");
        body.post(DISPUTE, vars("in", disputeCritical)).assertErrorCode("forbidden");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Disputed Other Mine", "CD");
        assertEquals(List.of("NOT_FOUND"), otherSupplier.client().post(DISPUTE, vars("in", disputeCritical)).userErrorCodes("disputeFinding"));
        assertEquals(List.of("NOT_FOUND"), supplier.post(DISPUTE, vars("in", Map.of("findingId", java.util.UUID.randomUUID().toString(), "reason", "x")))
                .userErrorCodes("disputeFinding"));
        assertEquals(List.of("REASON_REQUIRED"), supplier.post(DISPUTE, vars("in", Map.of("findingId", critical, "reason", "  ")))
                .userErrorCodes("disputeFinding"));
        String strangersDocument = upload(otherSupplier, "other.pdf");
        Gql.Result badEvidence = supplier.post(DISPUTE, vars("in", Map.of("findingId", critical, "reason", "See the agreements.",
                "evidenceDocumentIds", List.of(strangersDocument))));
        assertEquals(List.of("DOCUMENT_NOT_FOUND"), badEvidence.userErrorCodes("disputeFinding"));
        assertEquals(List.of("input.evidenceDocumentIds.0"), badEvidence.userErrorFields("disputeFinding"));

        // the dispute, with the supplier's evidence
        String agreements = upload(w.supplier(), "apprenticeship-agreements.pdf");
        Map<String, Object> withEvidence = new HashMap<>(disputeCritical);
        withEvidence.put("evidenceDocumentIds", List.of(agreements));
        Gql.Result disputed = supplier.post(DISPUTE, vars("in", withEvidence)).assertNoErrors();
        assertEquals(List.of(), disputed.userErrorCodes("disputeFinding"), disputed.raw());
        assertEquals("OPEN", disputed.string("data.disputeFinding.dispute.status"));
        assertEquals(List.of(agreements), disputed.json().getList("data.disputeFinding.dispute.evidenceDocumentIds"));
        assertEquals(List.of(agreements), disputed.json().getList("data.disputeFinding.dispute.evidence.id"), "the same documents, as objects");
        assertEquals(List.of("apprenticeship-agreements.pdf"), disputed.json().getList("data.disputeFinding.dispute.evidence.name"));
        assertEquals("OPEN", disputed.string("data.disputeFinding.finding.dispute.status"));
        assertNull(disputed.get("data.disputeFinding.dispute.decidedAt"));
        assertEquals(List.of("ALREADY_DISPUTED"), supplier.post(DISPUTE, vars("in", disputeCritical)).userErrorCodes("disputeFinding"));
        assertEquals("B", supplier.post(STATUS).string("data.mySupplierStatus.currentRating.rating"), "an open dispute changes nothing yet");

        // the assessor of another body, the supplier and a member cannot decide; the assigned body must give a reason
        Map<String, Object> withdraw = Map.of("findingId", critical, "decision", "WITHDRAW",
                "reason", "The school's agreements and ages were verified with the labour inspectorate.");
        Fixtures.Party otherBody = Scenarios.accreditedBody("Disputed Stranger Auditors");
        assertEquals(List.of("NOT_FOUND"), otherBody.client().post(DECIDE, vars("in", withdraw)).userErrorCodes("decideDispute"));
        supplier.post(DECIDE, vars("in", withdraw)).assertErrorCode("forbidden");
        w.memberA().client().post(DECIDE, vars("in", withdraw)).assertErrorCode("forbidden");
        assertEquals(List.of("REASON_REQUIRED"), body.post(DECIDE, vars("in", Map.of("findingId", critical, "decision", "WITHDRAW", "reason", "")))
                .userErrorCodes("decideDispute"));
        assertEquals(List.of("NOT_DISPUTED"), body.post(DECIDE, vars("in", Map.of("findingId", major, "decision", "UPHOLD", "reason", "Stands.")))
                .userErrorCodes("decideDispute"));

        // withdrawn: the current rating follows, the published assessment does not change
        Gql.Result decided = body.post(DECIDE, vars("in", withdraw)).assertNoErrors();
        assertEquals(List.of(), decided.userErrorCodes("decideDispute"), decided.raw());
        assertEquals("WITHDRAWN", decided.string("data.decideDispute.dispute.status"));
        assertEquals("WITHDRAWN", decided.string("data.decideDispute.finding.dispute.status"));
        assertEquals(List.of("ALREADY_DECIDED"), body.post(DECIDE, vars("in", Map.of("findingId", critical, "decision", "UPHOLD", "reason", "Changed my mind.")))
                .userErrorCodes("decideDispute"));
        Gql.Result status = supplier.post(STATUS).assertNoErrors();
        assertEquals("B", status.string("data.mySupplierStatus.currentRating.publishedRating"));
        assertEquals("AAA", status.string("data.mySupplierStatus.currentRating.rating"), status.raw());
        assertTrue(status.string("data.mySupplierStatus.currentRating.explanation").contains("withdrawn after a dispute"), status.raw());
        assertEquals(0, status.<Integer>get("data.mySupplierStatus.actions.openCritical"));
        assertEquals(1, status.<Integer>get("data.mySupplierStatus.actions.openMajor"));
        Gql.Result read = supplier.post(FINDINGS, vars("id", assessment)).assertNoErrors();
        assertEquals("B", read.string("data.assessment.rating"), "the published assessment never changes");
        assertEquals(3, read.json().getList("data.assessment.findings").size(), "the withdrawn finding stays in the published assessment");
        assertEquals("WITHDRAWN", read.string("data.assessment.findings.find { it.id == '" + critical + "' }.dispute.status"));
        assertEquals(withdraw.get("reason"), read.string("data.assessment.findings.find { it.id == '" + critical + "' }.dispute.decisionReason"));
        assertNull(read.get("data.assessment.findings.find { it.id == '" + major + "' }.dispute"));
        List<Map<String, Object>> actions = supplier.post(ACTIONS, vars("a", assessment)).assertNoErrors().json().getList("data.correctiveActions");
        Map<String, Object> criticalAction = actions.stream().filter(a -> critical.equals(a.get("findingId"))).findFirst().orElseThrow();
        assertEquals("WITHDRAWN", criticalAction.get("status"));
        assertTrue(criticalAction.toString().contains("WITHDRAWN"), "the action's history says why: " + criticalAction);

        // the member's portfolio overview follows the same current rating
        w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        w.memberA().client().post("mutation($in: PortfolioRowInput!) { addToPortfolio(input: $in) { userErrors { code } } }",
                vars("in", Map.of("supplierId", w.supplier().organisationId()))).assertNoErrors();
        Gql.Result overview = w.memberA().client().post("{ portfolioSuppliers(first: 10) { nodes { supplierId currentRating publishedRating } } }").assertNoErrors();
        assertEquals("AAA", overview.string("data.portfolioSuppliers.nodes.find { it.supplierId == '" + w.supplier().organisationId() + "' }.currentRating"),
                overview.raw());

        // upheld: the finding stands, its action stays open
        supplier.post(DISPUTE, vars("in", Map.of("findingId", major, "reason", "The log exists on paper."))).assertNoErrors();
        Gql.Result upheld = body.post(DECIDE, vars("in", Map.of("findingId", major, "decision", "UPHOLD",
                "reason", "The paper log has no entries after March."))).assertNoErrors();
        assertEquals("UPHELD", upheld.string("data.decideDispute.dispute.status"), upheld.raw());
        assertEquals(1, supplier.post(STATUS).<Integer>get("data.mySupplierStatus.actions.openMajor"));

        // the window closes 30 days after publication
        clock.advance(Duration.ofDays(31));
        assertEquals(List.of("WINDOW_CLOSED"), supplier.post(DISPUTE, vars("in", Map.of("findingId", finding.get("MINOR"), "reason", "Late.")))
                .userErrorCodes("disputeFinding"));
        assertEquals(0, supplier.post(STATUS).<Integer>get("data.mySupplierStatus.actions.openCritical"), "a withdrawn action is never overdue");
        Gql.Result overdue = supplier.post("{ correctiveActions(overdue: true) { findingId } }").assertNoErrors();
        assertTrue(!overdue.raw().contains(critical), "the critical action was due after 30 days but is withdrawn: " + overdue.raw());
    }

    @Test
    void membersSeeDisputesAtTheLevelTheirGrantShowsFindings() {
        Scenarios.World w = Scenarios.world("Disputes Seen");
        String assessment = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        Scenarios.assign(assessment, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(w.body().client(), assessment);
        Scenarios.answerAll(w.body().client(), assessment, applicable);
        String findingId = w.body().client().post("mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } } }",
                vars("in", Map.of("assessmentId", assessment, "severity", "MINOR", "title", "Water log gaps",
                        "description", "No readings in June.", "indicatorCodes", List.of(applicable.get(0))))).assertNoErrors()
                .string("data.raiseFinding.finding.id");
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        w.supplier().client().post(DISPUTE, vars("in", Map.of("findingId", findingId, "reason", "The June readings are in the second logbook.")))
                .assertNoErrors();
        String grant = "mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }";
        w.supplier().client().post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        w.supplier().client().post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        String detail = "query($s: ID!) { sharedResults(supplierId: $s) { access detail { findings { id dispute { status reason } } } } }";

        Gql.Result full = w.memberA().client().post(detail, vars("s", w.supplier().organisationId())).assertNoErrors();
        assertEquals("OPEN", full.string("data.sharedResults.detail.findings[0].dispute.status"), full.raw());
        assertEquals("The June readings are in the second logbook.", full.string("data.sharedResults.detail.findings[0].dispute.reason"));

        Gql.Result summary = w.memberB().client().post(detail, vars("s", w.supplier().organisationId()));
        assertEquals(List.of("forbidden"), summary.errorCodes(), "SUMMARY shows no findings, hence no disputes");
        assertTrue(!summary.raw().contains("second logbook"), summary.raw());
        Fixtures.Party stranger = Fixtures.party("MEMBER_FIRM", "Disputes Seen Stranger", "FR");
        Gql.Result none = stranger.client().post(detail, vars("s", w.supplier().organisationId()));
        assertTrue(!none.raw().contains("second logbook"), none.raw());

        Gql.Result operator = Gql.rootOperator().post(FINDINGS, vars("id", assessment)).assertNoErrors();
        assertEquals("OPEN", operator.string("data.assessment.findings[0].dispute.status"));
        Gql.Result assessor = w.body().client().post(FINDINGS, vars("id", assessment)).assertNoErrors();
        assertEquals("OPEN", assessor.string("data.assessment.findings[0].dispute.status"));
    }

    private static String upload(Fixtures.Party party, String name) {
        return given().auth().oauth2(party.client().token())
                .multiPart("file", name, ("%PDF-1.4 " + name + " " + java.util.UUID.randomUUID()).getBytes(), "application/pdf")
                .post("/documents").then().statusCode(201).extract().path("id");
    }
}
