package org.assay.grievance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.audit.AuditTrail;
import org.assay.grievance.api.ComplainantInput;
import org.assay.grievance.api.FileGrievanceInput;
import org.assay.platform.Clock;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filing without an account, the receipt, following up with the code, the lockout, the rate limit and encryption at rest. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GrievanceFilingTest {

    static final String FILE = """
            mutation($in: FileGrievanceInput!) { fileGrievance(input: $in) {
              receipt { reference followUpCode language filedAt } userErrors { field code message } } }""";
    static final String FOLLOW_UP = """
            query($r: String!, $c: String!) { grievanceFollowUp(reference: $r, followUpCode: $c) {
              reference category stage language supplierName outcome messages { author channel body sentAt } } }""";
    static final String REPLY = """
            mutation($in: ReplyToGrievanceInput!) { replyToGrievance(input: $in) {
              followUp { stage messages { author body } } userErrors { field code message } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @Inject
    AuditTrail auditTrail;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static Map<String, Object> filing(Scenarios.World w, String contact) {
        Map<String, Object> in = new HashMap<>();
        in.put("supplierId", w.supplier().organisationNodeId());
        in.put("siteId", w.siteId());
        in.put("category", "ENVIRONMENT_AND_WATER");
        in.put("description", "La rivière en aval de la fosse est devenue rouge depuis mars.");
        in.put("location", "Village de Musonoi, en aval");
        in.put("occurred", "depuis mars 2026");
        in.put("language", "FR");
        in.put("anonymous", true);
        Map<String, Object> who = new HashMap<>();
        who.put("contact", contact);
        who.put("privateDetails", "Mon frère travaille à la fosse 3.");
        in.put("complainant", who);
        return in;
    }

    @Test
    void anyoneFilesWithoutAnAccountAndFollowsUpWithTheCodeShownOnce() throws Exception {
        Scenarios.World w = Scenarios.world("Grievance Filing");
        String contact = "+243 81 555 " + UUID.randomUUID().toString().substring(0, 6);
        Gql.Result filed = Gql.anonymous().post(FILE, vars("in", filing(w, contact))).assertNoErrors();
        assertEquals(List.of(), filed.userErrorCodes("fileGrievance"), filed.raw());
        String reference = filed.string("data.fileGrievance.receipt.reference");
        String code = filed.string("data.fileGrievance.receipt.followUpCode");
        assertTrue(reference.matches("GRV-[A-Z2-9]{4}-[A-Z2-9]{4}"), reference);
        assertEquals(26, code.replace("-", "").length(), code);
        assertEquals("FR", filed.string("data.fileGrievance.receipt.language"));
        assertFalse(filed.raw().contains(contact), "the receipt does not echo the contact");

        Gql.Result status = Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", code)).assertNoErrors();
        assertEquals("RECEIVED", status.string("data.grievanceFollowUp.stage"));
        assertEquals("FR", status.string("data.grievanceFollowUp.language"));
        assertTrue(status.string("data.grievanceFollowUp.supplierName").startsWith("Grievance Filing Cobalt Mining"), status.raw());
        assertFalse(status.raw().contains(contact));
        // dashes, spaces and case do not matter when the code is typed
        Gql.anonymous().post(FOLLOW_UP, vars("r", reference.toLowerCase(), "c", code.replace("-", " ").toLowerCase())).assertNoErrors();

        Gql.Result reply = Gql.anonymous().post(REPLY, vars("in", Map.of("reference", reference, "followUpCode", code,
                "message", "L'eau est toujours rouge."))).assertNoErrors();
        assertEquals(List.of(), reply.userErrorCodes("replyToGrievance"), reply.raw());
        assertEquals("COMPLAINANT", reply.string("data.replyToGrievance.followUp.messages[0].author"));
        assertEquals("L'eau est toujours rouge.", Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", code))
                .string("data.grievanceFollowUp.messages[0].body"));

        // encryption at rest: the raw row holds neither the contact nor the private details, in any column
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select row_to_json(g)::text, g.protected_key_id, length(g.protected_fields), g.follow_up_hash from grievance g where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                assertFalse(r.getString(1).contains(contact.substring(4)), r.getString(1));
                assertFalse(r.getString(1).contains("Mon frère"), r.getString(1));
                assertFalse(r.getString(1).contains(code.replace("-", "")), "the code itself is never stored");
                assertEquals("test1", r.getString(2));
                assertTrue(r.getInt(3) > 28);
                assertEquals(FollowUpCode.digest(code), r.getString(4));
            }
        }
        // the audit event's input digest never took the protected fields in: it is the same whatever they hold
        Map<String, Object> f = filing(w, contact);
        FileGrievanceInput with = new FileGrievanceInput();
        with.supplierId = (String) f.get("supplierId");
        with.siteId = (String) f.get("siteId");
        with.category = GrievanceCategory.ENVIRONMENT_AND_WATER;
        with.description = (String) f.get("description");
        with.location = (String) f.get("location");
        with.occurred = (String) f.get("occurred");
        with.language = GrievanceLanguage.FR;
        with.anonymous = true;
        with.complainant = new ComplainantInput();
        with.complainant.contact = contact;
        with.complainant.privateDetails = "Mon frère travaille à la fosse 3.";
        String expected = auditTrail.digest(new Object[]{with});
        with.complainant.contact = "someone else entirely";
        with.complainant.name = "A name";
        assertEquals(expected, auditTrail.digest(new Object[]{with}));
        assertFalse(with.toString().contains("someone"));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select e.input_digest from audit_event e join grievance g on e.target_ids = g.id::text "
                        + "where g.reference = ? and e.operation = 'fileGrievance'")) {
            s.setString(1, reference);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next(), "filing is audited");
                assertEquals(expected, r.getString(1));
            }
        }
    }

    @Test
    void aWrongCodeIsNotFoundAndRepeatedWrongCodesLockTheCase() {
        Scenarios.World w = Scenarios.world("Grievance Lockout");
        Gql.Result filed = Gql.anonymous().post(FILE, vars("in", filing(w, null))).assertNoErrors();
        String reference = filed.string("data.fileGrievance.receipt.reference");
        String code = filed.string("data.fileGrievance.receipt.followUpCode");
        Gql.anonymous().post(FOLLOW_UP, vars("r", "GRV-AAAA-AAAA", "c", code)).assertErrorCode("NOT_FOUND");
        for (int i = 0; i < 4; i++) {
            Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", "WRONG-CODE-" + i)).assertErrorCode("NOT_FOUND");
        }
        // the right code still works before the limit, and resets the count
        Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", code)).assertNoErrors();
        for (int i = 0; i < 4; i++) {
            Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", "WRONG-CODE-" + i)).assertErrorCode("NOT_FOUND");
        }
        Gql.Result reply = Gql.anonymous().post(REPLY, vars("in", Map.of("reference", reference, "followUpCode", "WRONG", "message", "x")));
        assertEquals(List.of("LOCKED"), reply.userErrorCodes("replyToGrievance"), "the fifth wrong code locks: " + reply.raw());
        Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", code)).assertErrorCode("LOCKED");
        clock.advance(Duration.ofMinutes(16));
        Gql.anonymous().post(FOLLOW_UP, vars("r", reference, "c", code)).assertNoErrors();
    }

    @Test
    @SuppressWarnings("unchecked")
    void badInputIsRefusedWithTypedErrorsAndNothingIsWritten() throws Exception {
        Scenarios.World w = Scenarios.world("Grievance Input");
        Map<String, Object> in = filing(w, "x");
        in.put("description", "<script>alert(1)</script>");
        ((Map<String, Object>) in.get("complainant")).put("name", "Jean");
        in.put("location", "x".repeat(501));
        Gql.Result r = Gql.anonymous().post(FILE, vars("in", in)).assertNoErrors();
        assertEquals(List.of("input.complainant.name", "input.description", "input.location"),
                r.userErrorFields("fileGrievance").stream().sorted().toList(), r.raw());
        assertTrue(r.userErrorCodes("fileGrievance").contains("MARKUP_NOT_ALLOWED"));
        assertNull(r.get("data.fileGrievance.receipt"));

        Map<String, Object> other = filing(w, "x");
        other.put("supplierId", w.memberA().organisationNodeId());
        assertEquals(List.of("UNKNOWN_SUPPLIER"), Gql.anonymous().post(FILE, vars("in", other)).userErrorCodes("fileGrievance"));
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select count(*) from grievance where supplier_id = ?::uuid")) {
            s.setString(1, w.supplier().organisationId());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void aRetaliationReportHasTheHighestSeverity() throws Exception {
        Scenarios.World w = Scenarios.world("Grievance Retaliation");
        Map<String, Object> in = filing(w, null);
        in.put("category", "RETALIATION");
        String reference = Gql.anonymous().post(FILE, vars("in", in)).assertNoErrors().string("data.fileGrievance.receipt.reference");
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("select severity from grievance where reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals("CRITICAL", rs.getString(1));
            }
        }
    }

    @Test
    void filingIsRateLimitedPerAddress() throws Exception {
        Scenarios.World w = Scenarios.world("Grievance Rate");
        String key = "file:addr:127.0.0.1";
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into grievance_rate_window (limit_key, window_start, events) values (?, date_trunc('hour', ?::timestamptz), 100000)
                on conflict (limit_key, window_start) do update set events = 100000""")) {
            s.setString(1, key);
            s.setString(2, clock.now().toString());
            s.executeUpdate();
        }
        try {
            Gql.Result r = Gql.anonymous().post(FILE, vars("in", filing(w, null))).assertNoErrors();
            assertEquals(List.of("RATE_LIMITED"), r.userErrorCodes("fileGrievance"), r.raw());
        } finally {
            try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("delete from grievance_rate_window where limit_key = ?")) {
                s.setString(1, key);
                s.executeUpdate();
            }
        }
        assertNotNull(Gql.anonymous().post(FILE, vars("in", filing(w, null))).string("data.fileGrievance.receipt.reference"));
    }

    @Test
    void theSupplierSearchShowsPublicProfileFieldsOnly() {
        Scenarios.World w = Scenarios.world("Grievance Search");
        Gql.Result r = Gql.anonymous().post("""
                query($s: GrievanceSupplierSearch) { grievanceSuppliers(first: 5, search: $s) {
                  nodes { id name country sites { id name kind country minerals } } pageInfo { hasNextPage } } }""",
                vars("s", Map.of("name", "grievance search", "country", "CD", "mineral", "COBALT"))).assertNoErrors();
        List<String> ids = r.json().getList("data.grievanceSuppliers.nodes.id");
        assertTrue(ids.contains(w.supplier().organisationNodeId()), r.raw());
        assertFalse(r.raw().contains(w.memberA().organisationNodeId()));
        assertEquals("Pit 3", r.string("data.grievanceSuppliers.nodes[0].sites[0].name"));
        assertNotEquals(0, ids.size());
    }
}
