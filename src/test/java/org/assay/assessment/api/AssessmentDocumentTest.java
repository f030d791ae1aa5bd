package org.assay.assessment.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.assay.support.AssessmentRows;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.assay.support.Today;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Answer.document} and {@code Certificate.document} are the {@code Document} the deprecated {@code documentId}
 * names, resolved for a whole list by evidence's loader ({@code DocumentReferences}) under evidence's read rule: a
 * document the caller may not read is null, exactly like an unknown one.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentDocumentTest {

    static final String ANSWERS = """
            query($id: ID!) { assessment(id: $id) { answers { indicatorCode documentId document { id name } } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theAnswersDocumentIsTheOneTheOldIdNamesForWhoeverMayReadIt() {
        // given a desk review at the assigned body, and two documents the body uploaded: one about the supplier, one of its own
        Scenarios.World w = Scenarios.world("Answer Document");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Answer Document Other Supplier", "CD");
        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        Scenarios.assign(id, w.body().organisationId());
        String about = upload(w.body().client(), "site-register.pdf", w.supplier().organisationId());
        String ownFile = upload(w.body().client(), "working-notes.pdf", null);
        List<String> applicable = Scenarios.applicable(w.body().client(), id);
        String code = Scenarios.firstOfType(applicable, "DOCUMENT");
        Scenarios.answerAll(w.body().client(), id, applicable);

        // when the body answers the DOCUMENT indicator with its own file
        save(w.body().client(), id, code, ownFile);
        // then the body reads it; the supplier, who may not read the body's own file, gets null (as for an unknown document)
        Map<String, Object> byBody = answer(w.body().client(), id, code);
        assertEquals(ownFile, byBody.get("documentId"));
        assertEquals(ownFile, document(byBody).get("id"));
        assertEquals("working-notes.pdf", document(byBody).get("name"));
        Map<String, Object> bySupplier = answer(w.supplier().client(), id, code);
        assertTrue(bySupplier.containsKey("document"), bySupplier.toString());
        assertNull(bySupplier.get("document"), bySupplier.toString());

        // when it answers with the file about the supplier: both read the document the old id names
        save(w.body().client(), id, code, about);
        for (Gql reader : List.of(w.body().client(), w.supplier().client(), Gql.rootOperator())) {
            Map<String, Object> a = answer(reader, id, code);
            assertEquals(about, a.get("documentId"));
            assertEquals(about, document(a).get("id"));
        }
        // other answers name no document
        List<Map<String, Object>> all = w.body().client().post(ANSWERS, vars("id", id)).assertNoErrors().json().getList("data.assessment.answers");
        assertTrue(all.stream().filter(a -> a.get("documentId") == null).allMatch(a -> a.get("document") == null), all.toString());
        // another supplier and a member reach no answer at all: the assessment in progress answers them as an unknown id
        otherSupplier.client().post(ANSWERS, vars("id", id)).assertErrorCode("NOT_FOUND");
        w.memberB().client().post(ANSWERS, vars("id", id)).assertErrorCode("NOT_FOUND");

        // once published: member A with a FULL grant reads the document in the shared detail; member B none of it
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        String shared = "query($s: ID!) { sharedResults(supplierId: $s) { detail { answers { indicatorCode documentId document { id } } } } }";
        List<Map<String, Object>> detail = w.memberA().client().post(shared, vars("s", w.supplier().organisationId())).assertNoErrors()
                .json().getList("data.sharedResults.detail.answers");
        Map<String, Object> a = detail.stream().filter(x -> code.equals(x.get("indicatorCode"))).findFirst().orElseThrow();
        assertEquals(about, document(a).get("id"));
        w.memberB().client().post(shared, vars("s", w.supplier().organisationId())).assertErrorCode("forbidden");
    }

    @Test
    void theCertificatesDocumentIsTheOneTheOldIdNamesForTheSupplierAndTheAssignedBody() {
        // given a supplier's certificate with its uploaded file
        Scenarios.World w = Scenarios.world("Certificate Document");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Certificate Document Other Supplier", "CD");
        String file = upload(w.supplier().client(), "iso-14001.pdf", null);
        Gql.Result recorded = w.supplier().client().post("""
                        mutation($in: RecordCertificateInput!) { recordCertificate(input: $in) {
                          certificate { id documentId document { id } } userErrors { field code } } }""",
                vars("in", Map.of("schemeCode", "ISO_14001", "number", "EMS-" + System.nanoTime(), "issuer", "Bureau Veritas Certification",
                        "validFrom", Today.today().minusMonths(6).toString(), "validUntil", Today.today().plusMonths(20).toString(),
                        "documentId", file))).assertNoErrors();
        assertEquals(List.of(), recorded.userErrorCodes("recordCertificate"), recorded.raw());
        assertEquals(file, recorded.string("data.recordCertificate.certificate.document.id"), recorded.raw());
        String certificate = recorded.string("data.recordCertificate.certificate.id");

        // then the supplier reads it among its certificates; another supplier sees none of them
        Gql.Result mine = w.supplier().client().post("{ myCertificates { id documentId document { id } } }").assertNoErrors();
        assertEquals(file, mine.string("data.myCertificates[0].documentId"));
        assertEquals(file, mine.string("data.myCertificates[0].document.id"));
        Gql.Result others = otherSupplier.client().post("{ myCertificates { id document { id } } }").assertNoErrors();
        assertTrue(!others.raw().contains(file), others.raw());

        // when the assigned body verifies it in a certificate recognition: the body reads the document through the assessment
        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "CERTIFICATE_RECOGNITION");
        Scenarios.assign(id, w.body().organisationId());
        w.body().client().post("mutation($in: VerifyCertificateInput!) { verifyCertificate(input: $in) { userErrors { code } } }",
                vars("in", Map.of("assessmentId", id, "certificateId", certificate, "accept", true))).assertNoErrors();
        String query = "query($id: ID!) { assessment(id: $id) { certificate { documentId document { id } } } }";
        Gql.Result byBody = w.body().client().post(query, vars("id", id)).assertNoErrors();
        assertEquals(file, byBody.string("data.assessment.certificate.documentId"), byBody.raw());
        assertEquals(file, byBody.string("data.assessment.certificate.document.id"), byBody.raw());
        // another body reaches neither the assessment nor the document
        Fixtures.Party otherBody = Scenarios.accreditedBody("Certificate Document Other Auditors");
        otherBody.client().post(query, vars("id", id)).assertErrorCode("NOT_FOUND");
    }

    @Test
    void fiftyDocumentAnswersCostTheSameStatementsAsFive() throws Exception {
        // given two assessments of a supplier at a body: one with 5 DOCUMENT answers, one with 50; each answer cites a file
        // the supplier uploaded (the body reads it by assessment's rule) or, every other one, a file the body keeps to itself
        // (the supplier may not read it: every rule is asked)
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Document Batch Auditors", "GB");
        String supplier = Fixtures.admit("SUPPLIER", Fixtures.unique("Document Batch Supplier"), "CD");
        String supplierSubject = "doc-batch-supplier-" + UUID.randomUUID();
        Fixtures.addPerson(supplier, supplierSubject, true);
        UUID five = UUID.randomUUID();
        UUID fifty = UUID.randomUUID();
        try (Connection c = db.getConnection()) {
            AssessmentRows.inProgress(c, five, supplier, body.organisationId(), Timestamp.from(Instant.now()));
            AssessmentRows.inProgress(c, fifty, supplier, body.organisationId(), Timestamp.from(Instant.now().minusSeconds(1)));
            documentAnswers(c, five, 5, supplier, body.organisationId());
            documentAnswers(c, fifty, 50, supplier, body.organisationId());
        }
        Gql supplierClient = Gql.as(supplierSubject);

        // when the body, then the supplier, read each assessment's answers with their documents
        long bodyFive = statementsFor(body.client(), five, 5, 5);
        long bodyFifty = statementsFor(body.client(), fifty, 50, 50);
        long supplierFive = statementsFor(supplierClient, five, 5, 3);
        long supplierFifty = statementsFor(supplierClient, fifty, 50, 25);
        System.out.println("[statements] answers with documents: body 5 -> " + bodyFive + ", 50 -> " + bodyFifty
                + "; supplier 5 -> " + supplierFive + ", 50 -> " + supplierFifty);

        // then the cost does not grow with the number of documents
        assertEquals(bodyFive, bodyFifty, "statements must not grow with the number of documents (body)");
        assertEquals(supplierFive, supplierFifty, "statements must not grow with the number of documents (supplier)");
    }

    /** Reads the answers of assessment {@code id}; checks {@code answers} answers and {@code readable} documents shown, each the one its id names. */
    private long statementsFor(Gql client, UUID id, int answers, int readable) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = client.post(ANSWERS, vars("id", id.toString())).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> list = r.json().getList("data.assessment.answers");
        assertEquals(answers, list.size(), r.raw());
        List<Map<String, Object>> shown = list.stream().filter(a -> a.get("document") != null).toList();
        assertEquals(readable, shown.size(), r.raw());
        assertTrue(shown.stream().allMatch(a -> Objects.equals(a.get("documentId"), document(a).get("id"))), r.raw());
        return statements;
    }

    /** {@code n} DOCUMENT answers: the even ones cite a file the supplier uploaded, the odd ones a file the body keeps to itself. */
    private static void documentAnswers(Connection c, UUID assessment, int n, String supplier, String body) throws Exception {
        for (int i = 0; i < n; i++) {
            UUID document = UUID.randomUUID();
            boolean supplierFile = i % 2 == 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into document (id, name, media_type, size_bytes, sha256, uploaded_by, uploader_organisation_id, supplier_id, uploaded_at)
                    values (?, ?, 'application/pdf', 100, ?, 'batch-test', ?, ?, now())""")) {
                ps.setObject(1, document);
                ps.setString(2, "evidence-" + i + ".pdf");
                ps.setString(3, HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(document.toString().getBytes())));
                ps.setObject(4, UUID.fromString(supplierFile ? supplier : body));
                ps.setObject(5, supplierFile ? UUID.fromString(supplier) : null);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into assessment_answer (assessment_id, indicator_code, document_id, source, answered_by, answered_at)
                    values (?, ?, ?, 'ASSESSOR', 'batch-test', now())""")) {
                ps.setObject(1, assessment);
                ps.setString(2, String.format("DOC-%02d", i));
                ps.setObject(3, document);
                ps.executeUpdate();
            }
        }
    }

    private static String upload(Gql client, String name, String supplierId) {
        var spec = RestAssured.given().auth().oauth2(client.token())
                .multiPart("file", name, ("%PDF-1.4 " + name + " " + UUID.randomUUID()).getBytes(), "application/pdf");
        if (supplierId != null) {
            spec = spec.multiPart("supplierId", supplierId);
        }
        String id = spec.post("/documents").then().statusCode(201).extract().path("id");
        assertNotNull(id);
        return id;
    }

    private static void save(Gql client, String assessment, String code, String document) {
        Gql.Result r = client.post(Scenarios.SAVE, vars("in", Map.of("assessmentId", assessment,
                "answers", List.of(Map.of("indicatorCode", code, "documentId", document))))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("saveAnswers"), r.raw());
    }

    private static Map<String, Object> answer(Gql client, String assessment, String code) {
        List<Map<String, Object>> answers = client.post(ANSWERS, vars("id", assessment)).assertNoErrors().json().getList("data.assessment.answers");
        return answers.stream().filter(a -> code.equals(a.get("indicatorCode"))).findFirst().orElseThrow(() -> new AssertionError(answers.toString()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> document(Map<String, Object> answer) {
        Object d = answer.get("document");
        assertNotNull(d, answer.toString());
        return (Map<String, Object>) d;
    }
}
