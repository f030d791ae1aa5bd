package org.assay.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Assessment scenarios through the API, shared by the API tests of several features. */
public final class Scenarios {

    public static final String REQUEST = """
            mutation($in: RequestAssessmentInput!) { requestAssessment(input: $in) {
              request { id outcome assessmentId assessmentMethod assessmentStatus } sharingRequestId
              userErrors { field code message } } }""";
    public static final String ASSIGN = """
            mutation($in: AssignAssessmentInput!) { assignAssessment(input: $in) {
              assessment { id status assessmentBody { id } } userErrors { field code message } } }""";
    public static final String SAVE = """
            mutation($in: SaveAnswersInput!) { saveAnswers(input: $in) {
              assessment { id status } userErrors { field code message } } }""";
    public static final String SUBMIT = """
            mutation($in: AssessmentTransitionInput!) { submitAssessment(input: $in) {
              assessment { id status submittedAt } userErrors { field code message } } }""";
    public static final String PUBLISH = """
            mutation($in: AssessmentTransitionInput!) { publishAssessment(input: $in) {
              assessment { id status rating bandRating overallScore validFrom validUntil } userErrors { field code message } } }""";

    private Scenarios() {
    }

    /**
     * Like {@link #publishedDeskReview} but the first answer cites an evidence document uploaded by the body;
     * returns {assessment id, document id}.
     */
    public static String[] publishedDeskReviewWithEvidence(World w) {
        String id = request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        assign(id, w.body().organisationId());
        String document = io.restassured.RestAssured.given().auth().oauth2(w.body().client().token())
                .multiPart("file", "site-visit-report.pdf", ("%PDF-1.4 site visit " + id).getBytes(), "application/pdf")
                .multiPart("supplierId", w.supplier().organisationId())
                .post("/documents").then().extract().path("id");
        List<String> applicable = applicable(w.body().client(), id);
        answerAll(w.body().client(), id, applicable);
        Map<String, Object> cited = new java.util.HashMap<>(StarterFramework.goodAnswer(applicable.get(0)));
        cited.put("evidenceDocumentIds", List.of(document));
        Gql.Result saved = w.body().client().post(SAVE, vars("in", Map.of("assessmentId", id, "answers", List.of(cited)))).assertNoErrors();
        assertEquals(List.of(), saved.userErrorCodes("saveAnswers"), saved.raw());
        w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        return new String[]{id, document};
    }

    /** A desk review of the world's supplier requested by member A, answered well, submitted and published; returns its id. */
    public static String publishedDeskReview(World w) {
        String id = request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        assign(id, w.body().organisationId());
        answerAll(w.body().client(), id, applicable(w.body().client(), id));
        w.body().client().post(SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        Gql.Result p = w.body().client().post(PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        assertEquals("PUBLISHED", p.string("data.publishAssessment.assessment.status"), p.raw());
        return id;
    }

    public record World(Fixtures.Party supplier, String siteId, Fixtures.Party body, Fixtures.Party memberA, Fixtures.Party memberB) {
    }

    public static World world(String name) {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", name + " Cobalt Mining", "CD");
        Gql.Result site = supplier.client().post("mutation($in: CreateSiteInput!) { createSite(input: $in) { site { id } userErrors { field code message } } }",
                vars("in", Map.of("name", "Pit 3", "kind", "MINE", "country", "CD", "minerals", List.of("COBALT", "COPPER"),
                        "stage", "EXTRACTION", "inCahra", true))).assertNoErrors();
        String siteId = site.string("data.createSite.site.id");
        assertNotNull(siteId, site.raw());
        return new World(supplier, siteId, accreditedBody(name + " Auditors"),
                Fixtures.party("MEMBER_FIRM", name + " Buyer A", "DE"), Fixtures.party("MEMBER_FIRM", name + " Buyer B", "JP"));
    }

    public static Fixtures.Party accreditedBody(String name) {
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", name, "GB");
        Gql.Result r = Gql.rootOperator().post("mutation($in: AccreditAssessmentBodyInput!) { accreditAssessmentBody(input: $in) { userErrors { field code message } } }",
                vars("in", Map.of("bodyId", body.organisationId(),
                        "methods", List.of("SELF_ASSESSMENT", "CERTIFICATE_RECOGNITION", "DESK_REVIEW", "ON_SITE_AUDIT"),
                        "validFrom", Today.today().minusDays(1).toString(), "validUntil", Today.today().plusYears(10).toString()))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("accreditAssessmentBody"), r.raw());
        return body;
    }

    public static String request(Gql member, String supplierId, String method) {
        Gql.Result r = member.post(REQUEST, vars("in", Map.of("supplierId", supplierId, "minimumMethod", method))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("requestAssessment"), r.raw());
        return r.string("data.requestAssessment.request.assessmentId");
    }

    public static void assign(String assessmentId, String bodyId) {
        Gql.Result r = Gql.rootOperator().post(ASSIGN, vars("in", Map.of("assessmentId", assessmentId, "assessmentBodyId", bodyId))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("assignAssessment"), r.raw());
    }

    public static List<String> applicable(Gql client, String assessmentId) {
        return client.post("query($id: ID!) { applicableIndicators(assessmentId: $id) }", vars("id", assessmentId)).assertNoErrors()
                .json().getList("data.applicableIndicators");
    }

    public static void answerAll(Gql client, String assessmentId, List<String> codes) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (String c : codes) {
            Map<String, Object> a = StarterFramework.goodAnswer(c);
            if (Boolean.TRUE.equals(a.get("notApplicable")) && StarterFramework.spec(c).essential()) {
                a.put("justification", "Not relevant at this site.");
            }
            answers.add(a);
        }
        Gql.Result r = client.post(SAVE, vars("in", Map.of("assessmentId", assessmentId, "answers", answers))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("saveAnswers"), r.raw());
    }

    public static String firstOfType(List<String> codes, String type) {
        return codes.stream().filter(c -> type.equals(StarterFramework.spec(c).answerType())).findFirst().orElseThrow();
    }

}
