package org.assay.assessment;

import org.assay.support.Today;
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
import org.assay.support.StarterFramework;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole assessment path through the API, for each method, with the refusals along the way. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentFlowTest {

    static final String REQUEST = Scenarios.REQUEST;
    static final String ASSIGN = Scenarios.ASSIGN;
    static final String SAVE = Scenarios.SAVE;
    static final String SUBMIT = Scenarios.SUBMIT;
    static final String PUBLISH = Scenarios.PUBLISH;
    static final String FINDING = """
            mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id severity } userErrors { field code message } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    // ------------------------------------------------------------------ scenarios

    @Test
    void selfAssessmentFromRequestToRatedStatusAndReuse() throws Exception {
        Scenarios.World w = Scenarios.world("Self");
        Gql.Result r = w.memberA().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(), "minimumMethod", "SELF_ASSESSMENT"))).assertNoErrors();
        assertEquals("NEW_ASSESSMENT", r.string("data.requestAssessment.request.outcome"));
        String id = r.string("data.requestAssessment.request.assessmentId");
        assertEquals("IN_PROGRESS", w.supplier().client().post("{ mySupplierStatus { status } }").assertNoErrors().string("data.mySupplierStatus.status"));

        List<String> applicable = Scenarios.applicable(w.supplier().client(), id);
        assertFalse(applicable.isEmpty());
        assertTrue(applicable.contains("SCM-MIN-03"), "cobalt-specific indicator asked of a cobalt mine: " + applicable);
        assertFalse(applicable.contains("SCM-MIN-01"), "3TG indicator not asked of a cobalt mine");

        // validation: every problem reported, nothing saved
        String maturityCode = Scenarios.firstOfType(applicable, "MATURITY");
        String yesNoCode = Scenarios.firstOfType(applicable, "YES_NO");
        String essential = applicable.stream().filter(c -> StarterFramework.spec(c).essential()
                && !c.equals(maturityCode) && !c.equals(yesNoCode)).findFirst().orElseThrow();
        Gql.Result bad = w.supplier().client().post(SAVE, vars("in", Map.of("assessmentId", id, "answers", List.of(
                Map.of("indicatorCode", maturityCode, "maturity", 7),
                Map.of("indicatorCode", yesNoCode, "maturity", 2),
                Map.of("indicatorCode", "NOPE-01", "yes", true),
                Map.of("indicatorCode", essential, "notApplicable", true),
                Map.of("indicatorCode", "SCM-MIN-01", "yes", true))))).assertNoErrors();
        assertEquals(List.of("OUT_OF_RANGE", "WRONG_ANSWER_TYPE", "UNKNOWN_INDICATOR", "JUSTIFICATION_REQUIRED", "NOT_APPLICABLE_TO_SCOPE"),
                bad.userErrorCodes("saveAnswers"), bad.raw());
        assertEquals(0, count("select count(*) from assessment_answer where assessment_id = '" + id + "'"));

        // submit before the essentials are answered: every missing one listed
        Gql.Result early = w.supplier().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        long essentials = applicable.stream().filter(c -> StarterFramework.spec(c).essential()).count();
        assertEquals(essentials, early.userErrorCodes("submitAssessment").stream().filter("ESSENTIAL_UNANSWERED"::equals).count(), early.raw());

        // the assessor of the assigned body cannot answer a self-assessment; the supplier can
        Scenarios.answerAll(w.supplier().client(), id, applicable);
        Gql.Result submitted = w.supplier().client().post(SUBMIT, vars("in", Map.of("assessmentId", id, "idempotencyKey", "sub-" + id))).assertNoErrors();
        assertEquals("SUBMITTED", submitted.string("data.submitAssessment.assessment.status"), submitted.raw());

        // idempotent retry: same result, nothing new (no audit event); same key, other input: refused
        long audit = count("select count(*) from audit_event");
        Gql.Result retry = w.supplier().client().post(SUBMIT, vars("in", Map.of("assessmentId", id, "idempotencyKey", "sub-" + id))).assertNoErrors();
        assertEquals(List.of(), retry.userErrorCodes("submitAssessment"));
        assertEquals(submitted.string("data.submitAssessment.assessment.submittedAt"), retry.string("data.submitAssessment.assessment.submittedAt"));
        assertEquals(audit, count("select count(*) from audit_event"));

        Scenarios.assign(id, w.body().organisationId());
        Gql.Result published = w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id, "idempotencyKey", "pub-" + id))).assertNoErrors();
        assertEquals("PUBLISHED", published.string("data.publishAssessment.assessment.status"), published.raw());
        assertEquals("AAA", published.string("data.publishAssessment.assessment.rating"));
        assertEquals(Today.today().plusMonths(12).toString(), published.string("data.publishAssessment.assessment.validUntil"));

        Gql.Result status = w.supplier().client().post("{ mySupplierStatus { status rating validUntil assessmentId } }").assertNoErrors();
        assertEquals("RATED", status.string("data.mySupplierStatus.status"));
        assertEquals("AAA", status.string("data.mySupplierStatus.rating"));

        // published = immutable: service refuses, database refuses
        Gql.Result late = w.supplier().client().post(SAVE, vars("in", Map.of("assessmentId", id, "answers", List.of(Map.of("indicatorCode", yesNoCode, "yes", false))))).assertNoErrors();
        assertEquals(List.of("ASSESSMENT_PUBLISHED"), late.userErrorCodes("saveAnswers"));
        assertThrows(SQLException.class, () -> exec("update assessment set rating = 'C' where id = '" + id + "'"));
        assertThrows(SQLException.class, () -> exec("update assessment_answer set yes = false where assessment_id = '" + id + "'"));

        // assess once, share many: a second member's request reuses it and asks the supplier to share
        Gql.Result second = w.memberB().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(), "minimumMethod", "SELF_ASSESSMENT"))).assertNoErrors();
        assertEquals("SATISFIED_BY_EXISTING", second.string("data.requestAssessment.request.outcome"));
        assertEquals(id, second.string("data.requestAssessment.request.assessmentId"));
        assertNotNull(second.string("data.requestAssessment.sharingRequestId"));
        Gql.Result again = w.memberB().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(), "minimumMethod", "SELF_ASSESSMENT"))).assertNoErrors();
        assertEquals(second.string("data.requestAssessment.sharingRequestId"), again.string("data.requestAssessment.sharingRequestId"), "one pending sharing request");
        // ...but a stronger method is a new assessment
        Gql.Result stronger = w.memberB().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(), "minimumMethod", "DESK_REVIEW"))).assertNoErrors();
        assertEquals("NEW_ASSESSMENT", stronger.string("data.requestAssessment.request.outcome"));
        Gql.Result reused = w.supplier().client().post(SUBMIT, vars("in", Map.of("assessmentId",
                stronger.string("data.requestAssessment.request.assessmentId"), "idempotencyKey", "sub-" + id))).assertNoErrors();
        assertEquals(List.of("IDEMPOTENCY_KEY_REUSED"), reused.userErrorCodes("submitAssessment"));

        // validity moves with the clock
        clock.advance(Duration.ofDays(320));
        assertEquals("EXPIRING", w.supplier().client().post("{ mySupplierStatus { status } }").string("data.mySupplierStatus.status"));
        clock.advance(Duration.ofDays(60));
        assertEquals("EXPIRED", w.supplier().client().post("{ mySupplierStatus { status } }").string("data.mySupplierStatus.status"));
    }

    @Test
    void deskReviewWithAssignmentRefusalsFindingsAndCaps() {
        Scenarios.World w = Scenarios.world("Desk");
        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");

        // not accredited
        Fixtures.Party unaccredited = Fixtures.party("ASSESSMENT_BODY", "Unaccredited Auditors", "FR");
        Gql.Result r = Gql.rootOperator().post(ASSIGN, vars("in", Map.of("assessmentId", id, "assessmentBodyId", unaccredited.organisationId()))).assertNoErrors();
        assertEquals(List.of("NOT_ACCREDITED"), r.userErrorCodes("assignAssessment"), r.raw());
        // conflict of interest declared by the supplier
        Fixtures.Party conflicted = Scenarios.accreditedBody("Conflicted Auditors");
        w.supplier().client().post("mutation($in: DeclareConflictOfInterestInput!) { declareConflictOfInterest(input: $in) { userErrors { code } } }",
                vars("in", Map.of("counterpartyId", conflicted.organisationId(), "kind", "CONSULTING", "description", "They advised us on our ESG policy in 2025."))).assertNoErrors();
        r = Gql.rootOperator().post(ASSIGN, vars("in", Map.of("assessmentId", id, "assessmentBodyId", conflicted.organisationId()))).assertNoErrors();
        assertEquals(List.of("CONFLICT_OF_INTEREST"), r.userErrorCodes("assignAssessment"), r.raw());
        // only the operator assigns
        w.memberA().client().post(ASSIGN, vars("in", Map.of("assessmentId", id))).assertErrorCode("forbidden");

        Scenarios.assign(id, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(w.body().client(), id);

        // the supplier cannot answer a desk review; another body cannot even see it
        Gql.Result notYours = w.supplier().client().post(SAVE, vars("in", Map.of("assessmentId", id, "answers", List.of(StarterFramework.goodAnswer(applicable.get(0)))))).assertNoErrors();
        assertEquals(List.of("NOT_ALLOWED"), notYours.userErrorCodes("saveAnswers"));
        Fixtures.Party otherBody = Scenarios.accreditedBody("Other Auditors");
        otherBody.client().post("query($id: ID!) { assessment(id: $id) { id } }", vars("id", id)).assertErrorCode("NOT_FOUND");
        assertEquals(List.of(), otherBody.client().post("{ assessments { nodes { id } } }").json().getList("data.assessments.nodes.id"));
        Gql.Result otherSave = otherBody.client().post(SAVE, vars("in", Map.of("assessmentId", id, "answers", List.of(StarterFramework.goodAnswer(applicable.get(0)))))).assertNoErrors();
        assertEquals(List.of("NOT_FOUND"), otherSave.userErrorCodes("saveAnswers"));
        // the member that requested it sees an assessment only as sharing shows it (the supplier's newest published one): not yet
        w.memberA().client().post("query($id: ID!) { assessment(id: $id) { id } }", vars("id", id)).assertErrorCode("NOT_FOUND");

        Scenarios.answerAll(w.body().client(), id, applicable);
        String essentialCode = applicable.stream().filter(c -> StarterFramework.spec(c).essential() && "MATURITY".equals(StarterFramework.spec(c).answerType())).findFirst().orElseThrow();
        w.body().client().post(SAVE, vars("in", Map.of("assessmentId", id, "answers", List.of(Map.of("indicatorCode", essentialCode, "maturity", 1,
                "comment", "Policy exists but is not implemented at the mine."))))).assertNoErrors();
        Gql.Result finding = w.body().client().post(FINDING, vars("in", Map.of("assessmentId", id, "severity", "CRITICAL",
                "title", "Children observed at the artisanal pit", "description", "Two minors seen hauling ore at pit 3.",
                "indicatorCodes", List.of(essentialCode)))).assertNoErrors();
        assertEquals("CRITICAL", finding.string("data.raiseFinding.finding.severity"), finding.raw());
        Gql.Result badFinding = w.body().client().post(FINDING, vars("in", Map.of("assessmentId", id, "severity", "MAJOR",
                "title", " ", "description", "x", "indicatorCodes", List.of("NOPE-99")))).assertNoErrors();
        assertEquals(List.of("REQUIRED", "UNKNOWN_INDICATOR"), badFinding.userErrorCodes("raiseFinding"));

        w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        Gql.Result published = w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        assertEquals("B", published.string("data.publishAssessment.assessment.rating"), published.raw());
        assertEquals(Today.today().plusMonths(24).toString(), published.string("data.publishAssessment.assessment.validUntil"));

        Gql.Result why = w.supplier().client().post("query($id: ID!) { ratingBreakdown(assessmentId: $id) { overall bandRating rating caps { kind cappedAt lowered indicatorCodes } themes { code score } } }",
                vars("id", id)).assertNoErrors();
        List<String> caps = why.json().getList("data.ratingBreakdown.caps.kind");
        assertTrue(caps.containsAll(List.of("ESSENTIAL_BELOW_FLOOR", "OPEN_CRITICAL_FINDING")), why.raw());
        assertEquals(8, why.json().getList("data.ratingBreakdown.themes").size());

        Gql.Result full = w.body().client().post("query($id: ID!) { assessment(id: $id) { status answers { indicatorCode source } findings { severity indicatorCodes } } }", vars("id", id)).assertNoErrors();
        assertEquals(1, full.json().getList("data.assessment.findings").size());
        assertTrue(full.json().getList("data.assessment.answers.source").contains("ASSESSOR"));
    }

    @Test
    void rotationBarsTheBodyOfTheLastTwoAudits() {
        Scenarios.World w = Scenarios.world("Rotation");
        for (int i = 0; i < 2; i++) {
            String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
            Scenarios.assign(id, w.body().organisationId());
            Scenarios.answerAll(w.body().client(), id, Scenarios.applicable(w.body().client(), id));
            w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
            w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
            // expire it so the next request is a new assessment
            clock.advance(Duration.ofDays(800));
        }
        String third = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        Gql.Result r = Gql.rootOperator().post(ASSIGN, vars("in", Map.of("assessmentId", third, "assessmentBodyId", w.body().organisationId()))).assertNoErrors();
        assertEquals(List.of("ROTATION"), r.userErrorCodes("assignAssessment"), r.raw());
        Fixtures.Party next = Scenarios.accreditedBody("Next Auditors");
        Gql.Result auto = Gql.rootOperator().post(ASSIGN, vars("in", Map.of("assessmentId", third))).assertNoErrors();
        assertEquals(List.of(), auto.userErrorCodes("assignAssessment"), auto.raw());
        assertFalse(w.body().organisationNodeId().equals(auto.string("data.assignAssessment.assessment.assessmentBody.id")), "automatic assignment respects rotation");
        assertNotNull(next.organisationId());
    }

    @Test
    void parallelRequestsCreateOneAssessment() throws Exception {
        Scenarios.World w = Scenarios.world("Parallel");
        List<Fixtures.Party> members = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            members.add(Fixtures.party("MEMBER_FIRM", "Parallel Buyer " + i, "DE"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Gql.Result>> results = new ArrayList<>();
            for (Fixtures.Party m : members) {
                Callable<Gql.Result> call = () -> m.client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(), "minimumMethod", "ON_SITE_AUDIT")));
                results.add(pool.submit(call));
            }
            List<String> assessmentIds = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            for (Future<Gql.Result> f : results) {
                Gql.Result r = f.get().assertNoErrors();
                assertEquals(List.of(), r.userErrorCodes("requestAssessment"), r.raw());
                assessmentIds.add(r.string("data.requestAssessment.request.assessmentId"));
                outcomes.add(r.string("data.requestAssessment.request.outcome"));
            }
            assertEquals(1, assessmentIds.stream().distinct().count(), "all requests share one assessment: " + assessmentIds);
            assertEquals(1, outcomes.stream().filter("NEW_ASSESSMENT"::equals).count(), outcomes.toString());
            assertEquals(1, count("select count(*) from assessment where supplier_id = '" + w.supplier().organisationId() + "'"));
            assertEquals(8, count("select count(*) from assessment_request where assessment_id = '" + assessmentIds.get(0) + "'"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void certificateRecognitionAnswersMappedIndicatorsAndEndsWithTheCertificate() {
        Scenarios.World w = Scenarios.world("Certified");
        LocalDate until = Today.today().plusMonths(20);
        Gql.Result cert = w.supplier().client().post("mutation($in: RecordCertificateInput!) { recordCertificate(input: $in) { certificate { id status } userErrors { field code } } }",
                vars("in", Map.of("schemeCode", "ISO_14001", "number", "EMS-" + System.nanoTime(), "issuer", "Bureau Veritas Certification",
                        "validFrom", Today.today().minusMonths(6).toString(), "validUntil", until.toString()))).assertNoErrors();
        String certId = cert.string("data.recordCertificate.certificate.id");
        assertNotNull(certId, cert.raw());
        Gql.Result badCert = w.supplier().client().post("mutation($in: RecordCertificateInput!) { recordCertificate(input: $in) { userErrors { field code } } }",
                vars("in", Map.of("schemeCode", "NOT_A_SCHEME", "number", "1", "issuer", "x",
                        "validFrom", "2026-01-01", "validUntil", "2025-01-01"))).assertNoErrors();
        assertEquals(List.of("UNKNOWN_SCHEME", "INVALID_PERIOD"), badCert.userErrorCodes("recordCertificate"));

        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "CERTIFICATE_RECOGNITION");
        Scenarios.assign(id, w.body().organisationId());
        Gql.Result verified = w.body().client().post("mutation($in: VerifyCertificateInput!) { verifyCertificate(input: $in) { assessment { certificateId } userErrors { code } } }",
                vars("in", Map.of("assessmentId", id, "certificateId", certId, "accept", true))).assertNoErrors();
        assertEquals(certId, verified.string("data.verifyCertificate.assessment.certificateId"), verified.raw());
        Gql.Result answers = w.body().client().post("query($id: ID!) { assessment(id: $id) { answers { indicatorCode source yes maturity } } }", vars("id", id)).assertNoErrors();
        List<Map<String, Object>> list = answers.json().getList("data.assessment.answers");
        assertTrue(list.stream().anyMatch(a -> "ENV-MGT-01".equals(a.get("indicatorCode")) && "CERTIFICATE".equals(a.get("source"))), answers.raw());

        List<String> applicable = Scenarios.applicable(w.body().client(), id);
        List<String> rest = applicable.stream().filter(c -> list.stream().noneMatch(a -> c.equals(a.get("indicatorCode")))).toList();
        Scenarios.answerAll(w.body().client(), id, rest);
        w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        Gql.Result published = w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        assertEquals(until.toString(), published.string("data.publishAssessment.assessment.validUntil"), published.raw());
    }

    @Test
    void correctionSupersedesAndHistoryStays() {
        Scenarios.World w = Scenarios.world("Corrected");
        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT");
        Scenarios.assign(id, w.body().organisationId());
        Scenarios.answerAll(w.body().client(), id, Scenarios.applicable(w.body().client(), id));
        w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();

        Gql.Result c = w.body().client().post("mutation($in: AssessmentRefInput!) { correctAssessment(input: $in) { assessment { id status supersedesId answers { indicatorCode } } userErrors { code } } }",
                vars("in", Map.of("assessmentId", id))).assertNoErrors();
        String correction = c.string("data.correctAssessment.assessment.id");
        assertEquals(id, c.string("data.correctAssessment.assessment.supersedesId"), c.raw());
        assertFalse(c.json().getList("data.correctAssessment.assessment.answers").isEmpty(), "answers carried over");
        w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", correction))).assertNoErrors();
        w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", correction))).assertNoErrors();

        Gql.Result history = Gql.rootOperator().post("query($s: ID) { assessments(supplierId: $s) { nodes { id status supersedesId } } }",
                vars("s", w.supplier().organisationId())).assertNoErrors();
        Map<String, String> statuses = new HashMap<>();
        for (Map<String, Object> n : history.json().<Map<String, Object>>getList("data.assessments.nodes")) {
            statuses.put((String) n.get("id"), (String) n.get("status"));
        }
        // ids are global ids now (the deprecated supersedesId keeps the raw one)
        assertEquals("SUPERSEDED", statuses.get(new org.assay.platform.GlobalId("Assessment", java.util.UUID.fromString(id)).encode()));
        assertEquals("PUBLISHED", statuses.get(correction));
    }

    // ------------------------------------------------------------------ helpers

    long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void exec(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
