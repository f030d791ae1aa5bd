package org.assay.grievance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.KeyRing;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handling lifecycle through the API: handlers triage, message both sides, link and resolve; the supplier responds
 * and never receives a protected field (every response it can get is scanned for the complainant's contact); members
 * see counts and redacted summaries by grant level; key rotation re-seals.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GrievanceHandlingTest {

    static final String STEP = "{ userErrors { field code message } grievance { id stage severity outcome } }";

    @Inject
    AgroalDataSource db;

    record Setup(Scenarios.World w, Fixtures.Party handler, Gql otherOperatorStaff) {
    }

    static Setup setup(String name) {
        Scenarios.World w = Scenarios.world(name);
        Fixtures.Party operator = Fixtures.party("OPERATOR", name + " Operator", "CH");
        String person = operator.client().post("{ me { membershipId } }").assertNoErrors().string("data.me.membershipId");
        Gql.Result appointed = operator.client().post("mutation($in: GrievanceHandlerInput!) { appointGrievanceHandler(input: $in) { handler { subject } userErrors { code } } }",
                vars("in", Map.of("personId", person))).assertNoErrors();
        assertEquals(operator.subject(), appointed.string("data.appointGrievanceHandler.handler.subject"), appointed.raw());
        assertEquals(List.of("ALREADY_HANDLER"), operator.client().post("mutation($in: GrievanceHandlerInput!) { appointGrievanceHandler(input: $in) { userErrors { code } } }",
                vars("in", Map.of("personId", person))).userErrorCodes("appointGrievanceHandler"));
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.addPerson(operator.organisationId(), staff, false);
        return new Setup(w, operator, Gql.as(staff));
    }

    static String[] file(Scenarios.World w, String category, String contact, String name) {
        Map<String, Object> in = new HashMap<>(GrievanceFilingTest.filing(w, contact));
        in.put("category", category);
        in.put("anonymous", name == null);
        @SuppressWarnings("unchecked") Map<String, Object> who = (Map<String, Object>) in.get("complainant");
        if (name != null) who.put("name", name);
        Gql.Result r = Gql.anonymous().post(GrievanceFilingTest.FILE, vars("in", in)).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("fileGrievance"), r.raw());
        return new String[]{r.string("data.fileGrievance.receipt.reference"), r.string("data.fileGrievance.receipt.followUpCode")};
    }

    static String idOf(Gql handler, String reference) {
        return handler.post("{ grievances(first: 100) { nodes { id reference } } }").assertNoErrors().json()
                .getString("data.grievances.nodes.find { it.reference == '" + reference + "' }.id");
    }

    static Gql.Result step(Gql client, String mutation, String inputType, Map<String, Object> input) {
        return client.post("mutation($in: " + inputType + "!) { " + mutation + "(input: $in) " + STEP + " }", vars("in", input)).assertNoErrors();
    }

    @Test
    void theWholeLifecycleAndTheSupplierNeverReceivesAProtectedField() {
        Setup s = setup("Grievance Lifecycle");
        Scenarios.World w = s.w();
        Gql handler = s.handler().client();
        String contact = "whatsapp-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Name-" + UUID.randomUUID().toString().substring(0, 8);
        String[] receipt = file(w, "HEALTH_AND_SAFETY", contact, name);
        String id = idOf(handler, receipt[0]);

        // handlers see the protected fields; other operator staff see nothing
        Gql.Result full = handler.post("query($id: ID!) { grievance(id: $id) { stage severity language complainant { name contact privateDetails } supplier { id } } }",
                vars("id", id)).assertNoErrors();
        assertEquals(contact, full.string("data.grievance.complainant.contact"));
        assertEquals(name, full.string("data.grievance.complainant.name"));
        assertEquals("FR", full.string("data.grievance.language"));
        assertEquals(w.supplier().organisationNodeId(), full.string("data.grievance.supplier.id"));
        s.otherOperatorStaff().post("{ grievances { nodes { id } } }").assertErrorCode("forbidden");
        s.otherOperatorStaff().post("query($id: ID!) { grievance(id: $id) { id } }", vars("id", id)).assertErrorCode("NOT_FOUND");
        assertEquals(List.of("NOT_FOUND"), step(s.otherOperatorStaff(), "setGrievanceSeverity", "SetGrievanceSeverityInput",
                Map.of("grievanceId", id, "severity", "HIGH")).userErrorCodes("setGrievanceSeverity"));

        // triage and stages
        assertEquals(List.of("WRONG_STAGE"), step(handler, "moveGrievance", "MoveGrievanceInput",
                Map.of("grievanceId", id, "stage", "IN_DIALOGUE")).userErrorCodes("moveGrievance"));
        Gql.Result triaged = step(handler, "triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", id, "outcome", "ADMISSIBLE", "severity", "HIGH"));
        assertEquals("TRIAGED", triaged.string("data.triageGrievance.grievance.stage"), triaged.raw());
        assertEquals("HIGH", triaged.string("data.triageGrievance.grievance.severity"));
        assertEquals(List.of("WRONG_STAGE"), step(handler, "triageGrievance", "TriageGrievanceInput",
                Map.of("grievanceId", id, "outcome", "ADMISSIBLE")).userErrorCodes("triageGrievance"));
        assertEquals("IN_DIALOGUE", step(handler, "moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", id, "stage", "IN_DIALOGUE"))
                .string("data.moveGrievance.grievance.stage"));

        // messages: two separate channels
        step(handler, "sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", id, "to", "COMPLAINANT",
                "body", "Merci. Nous avons contacté l'entreprise."));
        step(handler, "sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", id, "to", "SUPPLIER",
                "body", "Workers report missing masks in the concentrator; please respond."));
        Gql.Result followUp = Gql.anonymous().post(GrievanceFilingTest.FOLLOW_UP, vars("r", receipt[0], "c", receipt[1])).assertNoErrors();
        assertEquals(List.of("Merci. Nous avons contacté l'entreprise."), followUp.json().getList("data.grievanceFollowUp.messages.body"));
        assertEquals("IN_DIALOGUE", followUp.string("data.grievanceFollowUp.stage"));

        // the supplier responds on its channel and sees nothing protected
        Gql supplier = w.supplier().client();
        List<String> supplierSaw = new ArrayList<>();
        Gql.Result list = supplier.post("""
                { grievances { nodes { id reference category stage severity language description location occurred anonymous site { id }
                  triageOutcome outcome publicSummary linkedIndicatorCodes linkedFindings filedAt updatedAt supplier { id name }
                  supplierMessages { author body } } } }""").assertNoErrors();
        supplierSaw.add(list.raw());
        assertTrue(list.raw().contains(receipt[0]), list.raw());
        assertTrue(list.raw().contains("please respond"));
        Gql.Result responded = supplier.post("mutation($in: RespondToGrievanceInput!) { respondToGrievance(input: $in) { grievance { supplierMessages { author body } } userErrors { code } } }",
                vars("in", Map.of("grievanceId", id, "body", "Masks were delivered on Monday."))).assertNoErrors();
        supplierSaw.add(responded.raw());
        assertEquals(List.of("HANDLER", "SUPPLIER"), responded.json().getList("data.respondToGrievance.grievance.supplierMessages.author"));
        for (String field : List.of("complainant { contact name privateDetails }", "complainantMessages { body }", "history { step note }")) {
            Gql.Result refused = supplier.post("query($id: ID!) { grievance(id: $id) { id " + field + " } }", vars("id", id));
            refused.assertErrorCode("forbidden");
            supplierSaw.add(refused.raw());
        }
        Gql.Result node = supplier.post("query($id: ID!) { node(id: $id) { id ... on Grievance { description outcome } } }", vars("id", id)).assertNoErrors();
        supplierSaw.add(node.raw());
        supplierSaw.add(supplier.post("query($s: ID!) { grievanceSummary(supplierId: $s) { level byCategory { key count } byStage { key count } finished { summary } } }",
                vars("s", w.supplier().organisationNodeId())).assertNoErrors().raw());
        // the complainant's private details and messages are not in the supplier's channel either
        assertFalse(handler.post("query($id: ID!) { grievance(id: $id) { supplierMessages { body } } }", vars("id", id)).raw().contains("Merci"));

        // link and resolve
        Gql.Result linked = handler.post("mutation($in: LinkGrievanceInput!) { linkGrievance(input: $in) { grievance { linkedIndicatorCodes site { id } } userErrors { field code } } }",
                vars("in", Map.of("grievanceId", id, "siteId", w.siteId(), "indicatorCodes", List.of("LAB-CHL-01", "NOPE-01"))))
                .assertNoErrors();
        assertEquals(List.of("UNKNOWN_LINK"), linked.userErrorCodes("linkGrievance"), linked.raw());
        linked = handler.post("mutation($in: LinkGrievanceInput!) { linkGrievance(input: $in) { grievance { linkedIndicatorCodes } userErrors { field code } } }",
                vars("in", Map.of("grievanceId", id, "indicatorCodes", List.of("LAB-CHL-01")))).assertNoErrors();
        assertEquals(List.of("LAB-CHL-01"), linked.json().getList("data.linkGrievance.grievance.linkedIndicatorCodes"), linked.raw());
        assertEquals(List.of("REASON_REQUIRED"), step(handler, "moveGrievance", "MoveGrievanceInput",
                Map.of("grievanceId", id, "stage", "RESOLVED")).userErrorCodes("moveGrievance"));
        Gql.Result resolved = step(handler, "moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", id, "stage", "RESOLVED",
                "note", "Masks delivered and a monthly check agreed with the workers' committee.",
                "publicSummary", "Health and safety concern at the concentrator; protective equipment delivered; monthly check agreed."));
        assertEquals("RESOLVED", resolved.string("data.moveGrievance.grievance.stage"), resolved.raw());
        Gql.Result history = handler.post("query($id: ID!) { grievance(id: $id) { history { step by at } } }", vars("id", id)).assertNoErrors();
        assertEquals(List.of("RECEIVED", "TRIAGED:ADMISSIBLE", "IN_DIALOGUE", "LINKED", "RESOLVED"),
                history.json().getList("data.grievance.history.step"), history.raw());
        followUp = Gql.anonymous().post(GrievanceFilingTest.FOLLOW_UP, vars("r", receipt[0], "c", receipt[1])).assertNoErrors();
        assertEquals("RESOLVED", followUp.string("data.grievanceFollowUp.stage"));
        assertTrue(followUp.string("data.grievanceFollowUp.outcome").startsWith("Masks delivered"));
        supplierSaw.add(supplier.post("{ grievances { nodes { outcome publicSummary supplierMessages { body } } } }").assertNoErrors().raw());

        for (String response : supplierSaw) {
            assertFalse(response.contains(contact), "the supplier received the contact: " + response);
            assertFalse(response.contains(name), "the supplier received the name: " + response);
            assertFalse(response.contains("Mon frère"), "the supplier received private details: " + response);
        }
        // another supplier: not found, as an unknown id
        Fixtures.Party other = Fixtures.party("SUPPLIER", "Grievance Other Supplier", "CN");
        other.client().post("query($id: ID!) { grievance(id: $id) { id } }", vars("id", id)).assertErrorCode("NOT_FOUND");
        assertFalse(other.client().post("{ grievances { nodes { id } } }").assertNoErrors().raw().contains(id));
    }

    @Test
    void membersSeeCountsAtSummaryAndRedactedCasesAtFullNothingWithoutAGrant() {
        Setup s = setup("Grievance Members");
        Scenarios.World w = s.w();
        Gql handler = s.handler().client();
        String[] open = file(w, "ENVIRONMENT_AND_WATER", "c1-" + UUID.randomUUID(), null);
        String[] closed = file(w, "CHILD_LABOUR", "c2-" + UUID.randomUUID(), null);
        String closedId = idOf(handler, closed[0]);
        step(handler, "triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", closedId, "outcome", "ADMISSIBLE"));
        step(handler, "moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", closedId, "stage", "IN_INVESTIGATION"));
        step(handler, "moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", closedId, "stage", "CLOSED",
                "note", "No evidence found after a site visit.", "publicSummary", "Child labour allegation investigated on site; not substantiated."));
        w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        Fixtures.Party memberC = Fixtures.party("MEMBER_FIRM", "Grievance Members Buyer C", "FR");
        String q = "query($s: ID!) { grievanceSummary(supplierId: $s) { level byCategory { key count } byStage { key count } finished { category stage summary } } }";

        Gql.Result a = w.memberA().client().post(q, vars("s", w.supplier().organisationNodeId())).assertNoErrors();
        assertEquals("FULL", a.string("data.grievanceSummary.level"));
        assertEquals(Map.of("key", "CHILD_LABOUR", "count", 1), a.json().getMap("data.grievanceSummary.byCategory.find { it.key == 'CHILD_LABOUR' }"));
        assertEquals(1, (int) a.json().getInt("data.grievanceSummary.byStage.find { it.key == 'RECEIVED' }.count"));
        assertEquals(List.of("Child labour allegation investigated on site; not substantiated."), a.json().getList("data.grievanceSummary.finished.summary"));
        assertFalse(a.raw().contains("No evidence found"), "the complainant-facing outcome is not the members' summary");
        assertFalse(a.raw().contains("rivière"), "never the complainant's text");

        Gql.Result b = w.memberB().client().post(q, vars("s", w.supplier().organisationNodeId())).assertNoErrors();
        assertEquals("SUMMARY", b.string("data.grievanceSummary.level"));
        assertNull(b.get("data.grievanceSummary.finished"));
        assertEquals(2, b.json().getList("data.grievanceSummary.byCategory").size());

        memberC.client().post(q, vars("s", w.supplier().organisationNodeId())).assertErrorCode("NOT_FOUND");
        assertTrue(open[0].startsWith("GRV-"));
    }

    @Test
    void triageRulesReferralAndRetaliation() {
        Setup s = setup("Grievance Triage");
        Gql handler = s.handler().client();
        String retaliation = idOf(handler, file(s.w(), "RETALIATION", null, null)[0]);
        assertEquals(List.of("RETALIATION_IS_CRITICAL"), step(handler, "setGrievanceSeverity", "SetGrievanceSeverityInput",
                Map.of("grievanceId", retaliation, "severity", "LOW")).userErrorCodes("setGrievanceSeverity"));
        String referred = idOf(handler, file(s.w(), "CORRUPTION", null, null)[0]);
        assertEquals(List.of("REFERRAL_INCOMPLETE"), step(handler, "triageGrievance", "TriageGrievanceInput",
                Map.of("grievanceId", referred, "outcome", "REFERRED", "referredTo", "RMI_MGP")).userErrorCodes("triageGrievance"));
        Gql.Result r = step(handler, "triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", referred, "outcome", "REFERRED",
                "referredTo", "RMI_MGP", "referralReference", "MGP-2026-0042"));
        assertEquals("CLOSED", r.string("data.triageGrievance.grievance.stage"), r.raw());
        assertTrue(r.string("data.triageGrievance.grievance.outcome").contains("MGP-2026-0042"));
        String inadmissible = idOf(handler, file(s.w(), "OTHER", null, null)[0]);
        assertEquals(List.of("REASON_REQUIRED"), step(handler, "triageGrievance", "TriageGrievanceInput",
                Map.of("grievanceId", inadmissible, "outcome", "NOT_ADMISSIBLE")).userErrorCodes("triageGrievance"));
    }

    @Test
    void keyRotationReSealsUnderTheActiveKey() throws Exception {
        Setup s = setup("Grievance Rotation");
        String contact = "rotation-" + UUID.randomUUID();
        String reference = file(s.w(), "OTHER", contact, null)[0];
        String id = idOf(s.handler().client(), reference);
        // seal it under test2 (a key of the ring that is not active), as an older deployment would have
        String keys = ConfigProvider.getConfig().getValue("assay.grievance.encryption.keys", String.class);
        KeyRing older = new KeyRing(KeyRing.parse(keys), "test2");
        UUID raw = UUID.fromString(Fixtures.rawId(id));
        byte[] aad = ByteBuffer.allocate(16).putLong(raw.getMostSignificantBits()).putLong(raw.getLeastSignificantBits()).array();
        KeyRing.Sealed sealed = older.seal(new ProtectedFields(null, contact, null).toBytes(), aad);
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("update grievance set protected_fields = ?, protected_key_id = ? where id = ?")) {
            p.setBytes(1, sealed.bytes());
            p.setString(2, "test2");
            p.setObject(3, raw);
            assertEquals(1, p.executeUpdate());
        }
        assertEquals(contact, s.handler().client().post("query($id: ID!) { grievance(id: $id) { complainant { contact } } }", vars("id", id))
                .assertNoErrors().string("data.grievance.complainant.contact"));
        Gql.Result resealed = s.handler().client().post("mutation { resealGrievanceProtectedFields { resealed activeKey userErrors { code } } }").assertNoErrors();
        assertTrue(resealed.json().getInt("data.resealGrievanceProtectedFields.resealed") >= 1, resealed.raw());
        assertEquals("test1", resealed.string("data.resealGrievanceProtectedFields.activeKey"));
        try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("select protected_key_id from grievance where id = ?")) {
            p.setObject(1, raw);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                assertEquals("test1", r.getString(1));
            }
        }
        assertEquals(contact, s.handler().client().post("query($id: ID!) { grievance(id: $id) { complainant { contact } } }", vars("id", id))
                .assertNoErrors().string("data.grievance.complainant.contact"));
    }
}
