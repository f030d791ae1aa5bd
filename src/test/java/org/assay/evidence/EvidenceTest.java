package org.assay.evidence;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.apache.http.entity.mime.HttpMultipartMode;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Evidence upload and download over HTTP with bearer tokens; the test profile limits files to 1 MiB. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class EvidenceTest {

    @Inject
    AgroalDataSource db;

    static byte[] pdf(String text) {
        return ("%PDF-1.7\n% evidence: " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Like browsers: file names in UTF-8 in the part headers. */
    static final RestAssuredConfig UTF8_MULTIPART = RestAssured.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    static RequestSpecification as(Gql client) {
        RequestSpecification spec = given().config(UTF8_MULTIPART);
        return client.token() == null ? spec : spec.auth().oauth2(client.token());
    }

    static Response upload(Gql client, String fileName, byte[] bytes, String mediaType, String supplierId) {
        RequestSpecification spec = as(client).multiPart("file", fileName, bytes, mediaType);
        if (supplierId != null) {
            spec = spec.multiPart("supplierId", supplierId);
        }
        return spec.post("/documents");
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void uploadStoresTheFileWithItsChecksumAndDeduplicatesIdenticalBytes() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Evidence Buyer", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Evidence Supplier", "CD");
        byte[] bytes = pdf("ISO 14001 certificate " + System.nanoTime());
        long auditBefore = count("select count(*) from audit_event where operation = 'uploadDocument'");

        Response r = upload(member.client(), "ISO 14001 – Kolwezi.pdf", bytes, "application/pdf", supplier.organisationId());
        assertEquals(201, r.statusCode(), r.asString());
        String id = r.jsonPath().getString("id");
        assertEquals("/documents/" + id, java.net.URI.create(r.header("Location")).getPath());
        assertEquals(sha256(bytes), r.jsonPath().getString("sha256"));
        assertEquals(bytes.length, r.jsonPath().getLong("size"));
        assertEquals("application/pdf", r.jsonPath().getString("mediaType"));
        assertEquals("ISO 14001 – Kolwezi.pdf", r.jsonPath().getString("name"));
        assertEquals(supplier.organisationId(), r.jsonPath().getString("supplierId"));
        assertEquals(auditBefore + 1, count("select count(*) from audit_event where operation = 'uploadDocument'"));
        assertEquals(1, count("select count(*) from audit_event where operation = 'uploadDocument' and target_ids = '" + id
                + "' and input_digest = '" + sha256(bytes) + "'"));

        // The same bytes again from the same organisation: the existing document, 200, nothing new stored.
        Response again = upload(member.client(), "copy.pdf", bytes, "application/pdf", null);
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(id, again.jsonPath().getString("id"));
        assertEquals(1, count("select count(*) from document where sha256 = '" + sha256(bytes) + "'"));
        assertEquals(auditBefore + 1, count("select count(*) from audit_event where operation = 'uploadDocument'"));

        // Another organisation uploading the same bytes gets its own document.
        Response other = upload(supplier.client(), "cert.pdf", bytes, "application/octet-stream", null);
        assertEquals(201, other.statusCode(), other.asString());
        assertTrue(!id.equals(other.jsonPath().getString("id")));
        assertEquals(supplier.organisationId(), other.jsonPath().getString("supplierId"), "a supplier's upload is about itself");

        // Download: exact bytes, type, name.
        Response d = as(member.client()).get("/documents/" + id);
        assertEquals(200, d.statusCode());
        assertArrayEquals(bytes, d.asByteArray());
        assertTrue(d.contentType().startsWith("application/pdf"), d.contentType());
        assertTrue(d.header("Content-Disposition").startsWith("attachment; filename=\"ISO 14001 _ Kolwezi.pdf\"; filename*=UTF-8''ISO%2014001%20%E2%80%93%20Kolwezi.pdf"),
                d.header("Content-Disposition"));
        assertEquals("nosniff", d.header("X-Content-Type-Options"));
    }

    @Test
    void tooLargeFilesAreRefusedWithJson() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Big File Buyer", "FR");
        long before = count("select count(*) from document");
        // Just over the limit: read, then refused.
        byte[] justOver = new byte[1024 * 1024 + 1];
        System.arraycopy(pdf("big"), 0, justOver, 0, 10);
        Response r = upload(member.client(), "big.pdf", justOver, "application/pdf", null);
        assertEquals(413, r.statusCode(), r.asString());
        assertEquals("TOO_LARGE", r.jsonPath().getString("code"));
        // Far over the limit, sent chunked (no declared length, as RestAssured does): read, then refused.
        byte[] huge = new byte[3 * 1024 * 1024];
        new Random(1).nextBytes(huge);
        System.arraycopy(pdf("huge"), 0, huge, 0, 10);
        r = upload(member.client(), "huge.pdf", huge, "application/pdf", null);
        assertEquals(413, r.statusCode(), r.asString());
        assertEquals("TOO_LARGE", r.jsonPath().getString("code"));
        // Far over the limit with a declared length (as curl and browsers send): refused before the body is read.
        String boundary = "assay-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(huge);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        r = as(member.client()).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray()).post("/documents");
        assertEquals(413, r.statusCode(), r.asString());
        assertEquals("TOO_LARGE", r.jsonPath().getString("code"));
        assertEquals("close", r.header("Connection"), "refused by the early check on the declared length");
        assertEquals(before, count("select count(*) from document"));
    }

    @Test
    void unsupportedOrDisguisedFilesAreRefused() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Type Check Buyer", "FR");
        long before = count("select count(*) from document");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        for (String[] attempt : new String[][]{
                {"report.pdf", "application/pdf"},          // a renamed executable declared as PDF
                {"report.pdf", "application/octet-stream"},
                {"data.csv", "text/csv"},                    // binary declared as CSV
                {"setup.exe", "application/x-msdownload"},  // not an accepted type at all
                {"page.html", "text/html"}}) {
            Response r = upload(member.client(), attempt[0], exe, attempt[1], null);
            assertEquals(415, r.statusCode(), attempt[0] + " " + attempt[1] + ": " + r.asString());
            assertEquals("UNSUPPORTED_MEDIA_TYPE", r.jsonPath().getString("code"));
            assertTrue(r.jsonPath().getString("message").contains("PDF"));
        }
        Response html = upload(member.client(), "page.html", "<html><script>alert(1)</script></html>".getBytes(), "text/html", null);
        assertEquals(415, html.statusCode());
        assertEquals(before, count("select count(*) from document"));

        // Accepted kinds, content checked: PNG, JPEG, XLSX (zip), legacy XLS (OLE2), CSV (even declared as Excel by Windows).
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R', (byte) System.nanoTime()};
        assertEquals(201, upload(member.client(), "site.png", png, "image/png", null).statusCode());
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, (byte) System.nanoTime()};
        assertEquals("image/jpeg", upload(member.client(), "site.jpg", jpeg, "image/jpg", null).jsonPath().getString("mediaType"));
        byte[] xlsx = Arrays.copyOf(new byte[]{'P', 'K', 3, 4, 20, 0, (byte) System.nanoTime()}, 64);
        assertEquals(201, upload(member.client(), "water.xlsx",
                xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", null).statusCode());
        byte[] csv = ("site,water_m3\nKolwezi," + System.nanoTime() + "\n").getBytes(StandardCharsets.UTF_8);
        Response c = upload(member.client(), "water.csv", csv, "application/vnd.ms-excel", null);
        assertEquals(201, c.statusCode(), c.asString());
        assertEquals("text/csv", c.jsonPath().getString("mediaType"));
        // An XLS declaration with a ZIP body is refused (OLE2 expected).
        assertEquals(415, upload(member.client(), "old.xls", xlsx, "application/vnd.ms-excel", null).statusCode());
    }

    @Test
    void downloadIsAllowedToUploaderSupplierConcernedAndOperatorOnly() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Reader Buyer", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Reader Supplier", "CD");
        Fixtures.Party colleague = new Fixtures.Party(member.organisationId(), member.organisationNodeId(), "colleague-" + System.nanoTime(), null);
        Fixtures.addPerson(member.organisationId(), colleague.subject(), false);
        Fixtures.Party otherMember = Fixtures.party("MEMBER_FIRM", "Other Buyer", "DE");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Other Supplier", "CD");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Unassigned Auditor", "GB");
        byte[] bytes = pdf("audit report " + System.nanoTime());
        String id = upload(member.client(), "audit.pdf", bytes, "application/pdf", supplier.organisationId()).jsonPath().getString("id");

        for (Gql allowed : new Gql[]{member.client(), Gql.as(colleague.subject()), supplier.client(), Gql.rootOperator()}) {
            Response r = as(allowed).get("/documents/" + id);
            assertEquals(200, r.statusCode());
            assertArrayEquals(bytes, r.asByteArray());
            Gql.Result meta = allowed.post("{ document(id: \"" + id + "\") { id name mediaType size sha256 supplierId downloadPath } }").assertNoErrors();
            assertEquals(sha256(bytes), meta.string("data.document.sha256"));
            assertEquals("/documents/" + id, meta.string("data.document.downloadPath"));
        }
        for (Gql refused : new Gql[]{otherMember.client(), otherSupplier.client(), assessor.client()}) {
            Response r = as(refused).get("/documents/" + id);
            assertEquals(404, r.statusCode());
            assertEquals("NOT_FOUND", r.jsonPath().getString("code"));
            refused.post("{ document(id: \"" + id + "\") { id } }").assertErrorCode("NOT_FOUND");
        }
        // An unknown id answers exactly like a refused one.
        Response unknown = as(otherMember.client()).get("/documents/" + java.util.UUID.randomUUID());
        assertEquals(404, unknown.statusCode());
        assertEquals(404, as(member.client()).get("/documents/not-an-id").statusCode());

        assertEquals(401, given().get("/documents/" + id).statusCode());
        assertEquals(401, given().multiPart("file", "a.pdf", bytes, "application/pdf").post("/documents").statusCode());
        Gql.anonymous().post("{ document(id: \"" + id + "\") { id } }").assertErrorCode("unauthorized");
        Gql stranger = Gql.as("stranger-" + System.nanoTime());
        Response notMember = as(stranger).get("/documents/" + id);
        assertEquals(403, notMember.statusCode());
        assertEquals("NOT_A_MEMBER", notMember.jsonPath().getString("code"));
        Response notMemberUpload = upload(stranger, "a.pdf", bytes, "application/pdf", null);
        assertEquals(403, notMemberUpload.statusCode());
        assertEquals("NOT_A_MEMBER", notMemberUpload.jsonPath().getString("code"));
    }

    @Test
    void readRulesOfOtherFeaturesWidenAccess() {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Rule Supplier", "CD");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Assigned Auditor", "GB");
        byte[] bytes = pdf("self-assessment evidence " + System.nanoTime());
        String id = upload(supplier.client(), "evidence.pdf", bytes, "application/pdf", null).jsonPath().getString("id");
        assertEquals(404, as(assessor.client()).get("/documents/" + id).statusCode());

        GrantedInTestRule.grant(assessor.organisationId(), id);
        assertEquals(200, as(assessor.client()).get("/documents/" + id).statusCode());
        assessor.client().post("{ document(id: \"" + id + "\") { id } }").assertNoErrors();
    }

    @Test
    void supplierIdMustBeASupplierAndSuppliersUploadAboutThemselves() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Attach Buyer", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Attach Supplier", "CD");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Attach Other Supplier", "CD");
        byte[] bytes = pdf("attach " + System.nanoTime());
        Response r = upload(member.client(), "a.pdf", bytes, "application/pdf", member.organisationId());
        assertEquals(400, r.statusCode());
        assertEquals("INVALID_SUPPLIER_ID", r.jsonPath().getString("code"));
        assertEquals(400, upload(member.client(), "a.pdf", bytes, "application/pdf", "nope").statusCode());
        r = upload(supplier.client(), "a.pdf", bytes, "application/pdf", otherSupplier.organisationId());
        assertEquals(400, r.statusCode());
        assertEquals("INVALID_SUPPLIER_ID", r.jsonPath().getString("code"));
        assertEquals(400, as(member.client()).multiPart("supplierId", supplier.organisationId()).post("/documents").statusCode());
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
