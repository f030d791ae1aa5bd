package org.assay.grievance;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assay.grievance.GrievanceHandlingTest.file;
import static org.assay.grievance.GrievanceHandlingTest.idOf;
import static org.assay.grievance.GrievanceHandlingTest.step;
import static org.assay.support.FeedReader.about;
import static org.assay.support.FeedReader.events;
import static org.assay.support.FeedReader.types;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Grievance events through the event feed (issue 14 item 4): each produced once by its change and by no refused one;
 * received under the rules of the grievance queries — the supplier and the grievance handlers in full, members with a
 * live grant only category and stage (FULL: also the public summary of a finished case), nobody else; and the supplier
 * never receives the complainant's contact, name or private details in any event.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GrievanceEventsTest {

    static final List<String> ALL = List.of("GRIEVANCE_RECEIVED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_MESSAGE_TO_SUPPLIER",
            "GRIEVANCE_SUPPLIER_RESPONDED", "GRIEVANCE_ACTION_COMMITTED");
    static final Set<String> SUMMARY_FACTS = Set.of("supplierId", "category", "stage", "previousStage");

    @Inject
    AgroalDataSource db;

    @Test
    void eachChangeOnceAndEachReceiverOnlyWhatItsQueriesShow() throws Exception {
        GrievanceHandlingTest.Setup s = GrievanceHandlingTest.setup("Grievance Events");
        Scenarios.World w = s.w();
        Gql handler = s.handler().client();
        Gql supplier = w.supplier().client();
        Scenarios.publishedDeskReview(w); // a body that can verify a committed action
        String grant = "mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }";
        supplier.post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        supplier.post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        Fixtures.Party memberC = Fixtures.party("MEMBER_FIRM", "Grievance Events Buyer C", "FR");
        String supplierId = w.supplier().organisationId();

        String contact = "signal-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Name-" + UUID.randomUUID().toString().substring(0, 8);
        String[] receipt = file(w, "HEALTH_AND_SAFETY", contact, name);
        String id = idOf(handler, receipt[0]);
        assertEquals(1, count("grievance.received", supplierId));

        // refusals record nothing
        assertEquals(List.of("WRONG_STAGE"), step(handler, "moveGrievance", "MoveGrievanceInput",
                Map.of("grievanceId", id, "stage", "IN_DIALOGUE")).userErrorCodes("moveGrievance"));
        assertEquals(List.of("NOT_FOUND"), step(s.otherOperatorStaff(), "triageGrievance", "TriageGrievanceInput",
                Map.of("grievanceId", id, "outcome", "ADMISSIBLE")).userErrorCodes("triageGrievance"));
        assertEquals(0, count("grievance.stage_changed", supplierId));

        step(handler, "triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", id, "outcome", "ADMISSIBLE", "severity", "HIGH"));
        step(handler, "moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", id, "stage", "IN_DIALOGUE"));
        assertEquals(2, count("grievance.stage_changed", supplierId));

        step(handler, "sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", id, "to", "COMPLAINANT",
                "body", "Merci, nous avons contacté l'entreprise."));
        assertEquals(0, count("grievance.message_to_supplier", supplierId), "the complainant's channel is no event");
        step(handler, "sendGrievanceMessage", "SendGrievanceMessageInput", Map.of("grievanceId", id, "to", "SUPPLIER",
                "body", "Workers report missing masks; please respond."));
        assertEquals(1, count("grievance.message_to_supplier", supplierId));

        String respond = "mutation($in: RespondToGrievanceInput!) { respondToGrievance(input: $in) { userErrors { code } } }";
        assertEquals(List.of("REQUIRED"), supplier.post(respond, vars("in", Map.of("grievanceId", id, "body", " "))).userErrorCodes("respondToGrievance"));
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Grievance Events Other Mine", "CD");
        assertEquals(List.of("NOT_FOUND"), otherSupplier.client().post(respond, vars("in", Map.of("grievanceId", id, "body", "Not ours.")))
                .userErrorCodes("respondToGrievance"));
        supplier.post(respond, vars("in", Map.of("grievanceId", id, "body", "Masks were delivered on Monday."))).assertNoErrors();
        assertEquals(1, count("grievance.supplier_responded", supplierId));

        String commit = "mutation($in: CommitToCorrectiveActionInput!) { commitToCorrectiveAction(input: $in) { action { id } userErrors { code } } }";
        assertEquals(List.of("DUE_DATE_IN_THE_PAST"), supplier.post(commit, vars("in", Map.of("grievanceId", id,
                "description", "Mask stock checked weekly.", "owner", "HSE manager", "dueDate", "2001-01-01"))).userErrorCodes("commitToCorrectiveAction"));
        assertEquals(0, count("grievance.action_committed", supplierId));
        Gql.Result committed = supplier.post(commit, vars("in", Map.of("grievanceId", id, "description", "Mask stock checked weekly.",
                "owner", "HSE manager", "dueDate", LocalDate.now().plusMonths(3).toString()))).assertNoErrors();
        assertEquals(List.of(), committed.userErrorCodes("commitToCorrectiveAction"), committed.raw());
        assertEquals(1, count("grievance.action_committed", supplierId));

        String summary = "Health and safety concern at the concentrator; masks delivered, weekly stock check.";
        step(handler, "moveGrievance", "MoveGrievanceInput", Map.of("grievanceId", id, "stage", "RESOLVED",
                "note", "Masks delivered; weekly check agreed with the workers' committee.", "publicSummary", summary));
        assertEquals(3, count("grievance.stage_changed", supplierId));
        assertEquals(List.of("WRONG_STAGE"), step(handler, "moveGrievance", "MoveGrievanceInput",
                Map.of("grievanceId", id, "stage", "CLOSED", "note", "again")).userErrorCodes("moveGrievance"));
        assertEquals(3, count("grievance.stage_changed", supplierId), "a refused move records nothing");

        // the supplier: every grievance event about itself, in full, and never a protected field
        String supplierNode = w.supplier().organisationNodeId();
        List<Seen> own = about(events(supplier, ALL.toArray(String[]::new)), "supplierId", supplierNode);
        assertEquals(List.of("GRIEVANCE_RECEIVED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_MESSAGE_TO_SUPPLIER",
                "GRIEVANCE_SUPPLIER_RESPONDED", "GRIEVANCE_ACTION_COMMITTED", "GRIEVANCE_STAGE_CHANGED"), types(own));
        assertEquals("grievance.received", own.get(0).wireType());
        assertEquals(id, own.get(0).data().getString("grievanceId"));
        assertEquals(receipt[0], own.get(0).data().getString("reference"));
        assertEquals("HEALTH_AND_SAFETY", own.get(0).data().getString("category"));
        assertEquals("RECEIVED", own.get(0).data().getString("stage"));
        assertEquals("RECEIVED", own.get(1).data().getString("previousStage"));
        assertEquals("TRIAGED", own.get(1).data().getString("stage"));
        assertEquals("HIGH", own.get(1).data().getString("severity"));
        assertEquals(committed.string("data.commitToCorrectiveAction.action.id"), own.get(5).data().getString("actionId"));
        assertEquals(summary, own.get(6).data().getString("publicSummary"));
        for (Seen e : events(supplier)) {
            assertFalse(e.raw().contains(contact), "the supplier received the complainant's contact: " + e.raw());
            assertFalse(e.raw().contains(name), "the supplier received the complainant's name: " + e.raw());
            assertFalse(e.raw().contains("Mon frère"), "the supplier received private details: " + e.raw());
            assertFalse(e.raw().contains("Merci"), "the supplier received the complainant's channel: " + e.raw());
        }

        // the grievance handlers: everything, in full; other operator staff: category and stage, as a FULL grant
        assertEquals(types(own), types(about(events(handler, ALL.toArray(String[]::new)), "supplierId", supplierNode)));
        assertEquals(id, about(events(handler, "GRIEVANCE_RECEIVED"), "supplierId", supplierNode).get(0).data().getString("grievanceId"));
        List<Seen> staff = about(events(s.otherOperatorStaff(), ALL.toArray(String[]::new)), "supplierId", supplierNode);
        assertCounts(staff, summary);

        // members: a FULL grant: category, stage and the public summary of the finished case; SUMMARY: category and stage
        assertCounts(about(events(w.memberA().client(), ALL.toArray(String[]::new)), "supplierId", supplierNode), summary);
        List<Seen> b = about(events(w.memberB().client(), ALL.toArray(String[]::new)), "supplierId", supplierNode);
        assertEquals(List.of("GRIEVANCE_RECEIVED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_STAGE_CHANGED"), types(b));
        for (Seen e : b) {
            assertTrue(SUMMARY_FACTS.containsAll(e.dataMap().keySet()), "a summary grant: category and stage only: " + e.raw());
        }
        // no grant, another supplier, an assessor: nothing of these grievances
        assertEquals(List.of(), about(events(memberC.client(), ALL.toArray(String[]::new)), "supplierId", supplierNode));
        assertEquals(List.of(), events(otherSupplier.client(), ALL.toArray(String[]::new)));
        assertEquals(List.of(), about(events(w.body().client(), ALL.toArray(String[]::new)), "supplierId", supplierNode));
    }

    /** What a FULL grant shows: the counts' facts, plus the public summary on the finished case only; no case handling. */
    static void assertCounts(List<Seen> seen, String summary) {
        assertEquals(List.of("GRIEVANCE_RECEIVED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_STAGE_CHANGED", "GRIEVANCE_STAGE_CHANGED"), types(seen));
        for (Seen e : seen) {
            Set<String> keys = e.dataMap().keySet();
            assertTrue(SUMMARY_FACTS.containsAll(keys.stream().filter(k -> !k.equals("publicSummary")).toList()), e.raw());
            assertNull(e.data().get("grievanceId"), e.raw());
        }
        assertEquals(summary, seen.get(3).data().getString("publicSummary"));
        assertEquals("RESOLVED", seen.get(3).data().getString("stage"));
        assertNull(seen.get(1).data().get("publicSummary"));
    }

    long count(String type, String supplierId) throws Exception {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event where type = ? and supplier_id = ?::uuid")) {
            ps.setString(1, type);
            ps.setString(2, supplierId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
