package org.assay.grievance;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.assay.support.Today;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The supplier commits to a corrective action in response to a grievance (issue 14 item 3): it becomes a corrective
 * action on its record, verified like any other by the body of its latest published assessment, linked to the grievance;
 * nothing the supplier receives on the way carries the complainant's contact.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GrievanceCommitmentTest {

    static final String COMMIT = """
            mutation($in: CommitToCorrectiveActionInput!) { commitToCorrectiveAction(input: $in) {
              grievance { id stage correctiveActions { id status origin } }
              action { id findingId origin severity status description owner dueDate history { kind note } }
              userErrors { field code message } } }""";

    @Test
    void aCommitmentBecomesACorrectiveActionVerifiedLikeAnyOther() {
        GrievanceHandlingTest.Setup s = GrievanceHandlingTest.setup("Grievance Commitment");
        Scenarios.World w = s.w();
        String assessment = Scenarios.publishedDeskReview(w);
        String contact = "signal-" + UUID.randomUUID().toString().substring(0, 8);
        String[] receipt = GrievanceHandlingTest.file(w, "ENVIRONMENT_AND_WATER", contact, null);
        Gql handler = s.handler().client();
        String id = GrievanceHandlingTest.idOf(handler, receipt[0]);
        Gql supplier = w.supplier().client();
        List<String> supplierSaw = new ArrayList<>();
        String due = Today.today().plusDays(60).toString();
        Map<String, Object> commitment = Map.of("grievanceId", id, "description", "Line the tailings channel and test the river monthly.",
                "owner", "Environment manager", "dueDate", due);

        // before triage: not yet
        Gql.Result early = supplier.post(COMMIT, vars("in", commitment)).assertNoErrors();
        assertEquals(List.of("WRONG_STAGE"), early.userErrorCodes("commitToCorrectiveAction"), early.raw());
        supplierSaw.add(early.raw());
        GrievanceHandlingTest.step(handler, "triageGrievance", "TriageGrievanceInput", Map.of("grievanceId", id, "outcome", "ADMISSIBLE", "severity", "HIGH"));

        // refusals: roles, another supplier (NOT_FOUND as an unknown id), bad input (nothing written)
        w.memberA().client().post(COMMIT, vars("in", commitment)).assertErrorCode("forbidden");
        w.body().client().post(COMMIT, vars("in", commitment)).assertErrorCode("forbidden");
        Fixtures.Party other = Fixtures.party("SUPPLIER", "Grievance Commitment Other", "PE");
        assertEquals(List.of("NOT_FOUND"), other.client().post(COMMIT, vars("in", commitment)).userErrorCodes("commitToCorrectiveAction"));
        Gql.Result bad = supplier.post(COMMIT, vars("in", Map.of("grievanceId", id, "description", " ", "owner", "x",
                "dueDate", Today.today().toString()))).assertNoErrors();
        assertEquals(List.of("REQUIRED", "DUE_DATE_IN_THE_PAST"), bad.userErrorCodes("commitToCorrectiveAction"), bad.raw());
        supplierSaw.add(bad.raw());

        // the commitment
        Gql.Result committed = supplier.post(COMMIT, vars("in", commitment)).assertNoErrors();
        supplierSaw.add(committed.raw());
        assertEquals(List.of(), committed.userErrorCodes("commitToCorrectiveAction"), committed.raw());
        String action = committed.string("data.commitToCorrectiveAction.action.id");
        assertEquals("GRIEVANCE", committed.string("data.commitToCorrectiveAction.action.origin"));
        assertNull(committed.get("data.commitToCorrectiveAction.action.findingId"));
        assertEquals("MAJOR", committed.string("data.commitToCorrectiveAction.action.severity"), "a HIGH grievance commits a MAJOR action");
        assertEquals("IN_PROGRESS", committed.string("data.commitToCorrectiveAction.action.status"));
        assertEquals(due, committed.string("data.commitToCorrectiveAction.action.dueDate"));
        assertEquals(List.of(action), committed.json().getList("data.commitToCorrectiveAction.grievance.correctiveActions.id"));

        // on the supplier's record, verified like any other by the body of its published assessment
        Gql.Result record = supplier.post("query($a: ID) { correctiveActions(assessmentId: $a) { id origin status } }", vars("a", assessment)).assertNoErrors();
        supplierSaw.add(record.raw());
        assertEquals("GRIEVANCE", record.string("data.correctiveActions.find { it.id == '" + action + "' }.origin"), record.raw());
        Gql.Result submitted = supplier.post("mutation($in: ActionNoteInput!) { submitCorrectiveAction(input: $in) { action { status } userErrors { code } } }",
                vars("in", Map.of("actionId", action, "note", "Channel lined; first monthly test attached."))).assertNoErrors();
        supplierSaw.add(submitted.raw());
        assertEquals("SUBMITTED", submitted.string("data.submitCorrectiveAction.action.status"), submitted.raw());
        Fixtures.Party stranger = Scenarios.accreditedBody("Grievance Commitment Strangers");
        assertEquals(List.of("NOT_FOUND"), stranger.client().post("mutation($in: ActionNoteInput!) { verifyCorrectiveAction(input: $in) { userErrors { code } } }",
                vars("in", Map.of("actionId", action))).userErrorCodes("verifyCorrectiveAction"));
        Gql.Result verified = w.body().client().post("mutation($in: ActionNoteInput!) { verifyCorrectiveAction(input: $in) { action { status origin } userErrors { code } } }",
                vars("in", Map.of("actionId", action, "note", "Checked on site."))).assertNoErrors();
        assertEquals("VERIFIED", verified.string("data.verifyCorrectiveAction.action.status"), verified.raw());
        assertFalse(verified.raw().contains(contact), "the assessor received the contact");

        // the grievance shows it, to its handlers and to the supplier; its history records it
        Gql.Result seen = supplier.post("query($id: ID!) { grievance(id: $id) { correctiveActions { id status history { kind note } } } }", vars("id", id)).assertNoErrors();
        supplierSaw.add(seen.raw());
        assertEquals("VERIFIED", seen.string("data.grievance.correctiveActions[0].status"), seen.raw());
        Gql.Result history = handler.post("query($id: ID!) { grievance(id: $id) { history { step } correctiveActions { id } } }", vars("id", id)).assertNoErrors();
        assertEquals(List.of("RECEIVED", "TRIAGED:ADMISSIBLE", "ACTION_COMMITTED"), history.json().getList("data.grievance.history.step"), history.raw());
        supplierSaw.add(supplier.post("{ mySupplierStatus { currentRating { rating publishedRating explanation } actions { openMajor } } }").assertNoErrors().raw());

        for (String response : supplierSaw) {
            assertFalse(response.contains(contact), "the supplier received the contact: " + response);
        }
    }
}
