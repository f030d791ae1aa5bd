package org.assay.cap;

import org.assay.support.Today;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CorrectiveActionFlowTest {

    static final String ACTIONS = """
            query($a: ID) { correctiveActions(assessmentId: $a) { id severity status overdue dueDate originalDueDate proposedDueDate history { kind } } }""";
    static final String STATUS = """
            { mySupplierStatus { status rating actions { openCritical openMajor openMinor overdueCritical overdueMajor overdueMinor }
              currentRating { rating publishedRating explanation } } }""";

    @Inject
    Clock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    @Test
    void wholeActionLifecycleWithRefusalsOverdueAndCurrentRating() {
        Scenarios.World w = Scenarios.world("Remediation");
        String assessment = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT");
        Scenarios.assign(assessment, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(w.body().client(), assessment);
        Scenarios.answerAll(w.body().client(), assessment, applicable);
        String code = applicable.get(0);
        for (String severity : List.of("CRITICAL", "MAJOR", "MINOR", "OBSERVATION")) {
            Gql.Result f = w.body().client().post("mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } userErrors { code } } }",
                    vars("in", Map.of("assessmentId", assessment, "severity", severity, "title", severity + " finding",
                            "description", "Observed during the site visit.", "indicatorCodes", List.of(code)))).assertNoErrors();
            assertEquals(List.of(), f.userErrorCodes("raiseFinding"));
        }
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        Gql.Result published = w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        assertEquals("B", published.string("data.publishAssessment.assessment.rating"), "open critical finding caps at B");

        // one action per critical, major, minor finding, with default due dates
        List<Map<String, Object>> actions = w.supplier().client().post(ACTIONS, vars("a", assessment)).assertNoErrors().json().getList("data.correctiveActions");
        assertEquals(3, actions.size());
        Map<String, Map<String, Object>> bySeverity = new HashMap<>();
        actions.forEach(a -> bySeverity.put((String) a.get("severity"), a));
        LocalDate today = Today.today();
        assertEquals(today.plusDays(30).toString(), bySeverity.get("CRITICAL").get("dueDate"));
        assertEquals(today.plusDays(90).toString(), bySeverity.get("MAJOR").get("dueDate"));
        assertEquals(today.plusDays(180).toString(), bySeverity.get("MINOR").get("dueDate"));
        String critical = (String) bySeverity.get("CRITICAL").get("id");
        String major = (String) bySeverity.get("MAJOR").get("id");

        Gql supplier = w.supplier().client();
        Gql assessor = w.body().client();

        // wrong role and wrong party
        String plan = "mutation($in: PlanActionInput!) { planCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        Map<String, Object> planInput = Map.of("actionId", critical, "description", "Remove minors, verify ages at the gate, audit monthly.", "owner", "HSE manager");
        w.memberA().client().post(plan, vars("in", planInput)).assertErrorCode("forbidden");
        assessor.post(plan, vars("in", planInput)).assertErrorCode("forbidden");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Other Mine", "CD");
        assertEquals(List.of("NOT_FOUND"), otherSupplier.client().post(plan, vars("in", planInput)).userErrorCodes("planCorrectiveAction"));
        Fixtures.Party otherBody = Scenarios.accreditedBody("Stranger Auditors");
        String verify = "mutation($in: ActionNoteInput!) { verifyCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        assertEquals(List.of("NOT_FOUND"), otherBody.client().post(verify, vars("in", Map.of("actionId", critical))).userErrorCodes("verifyCorrectiveAction"));
        supplier.post(verify, vars("in", Map.of("actionId", critical))).assertErrorCode("forbidden");

        // wrong state
        String submit = "mutation($in: ActionNoteInput!) { submitCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        assertEquals(List.of("WRONG_STATE"), supplier.post(submit, vars("in", Map.of("actionId", critical))).userErrorCodes("submitCorrectiveAction"));
        assertEquals(List.of("WRONG_STATE"), assessor.post(verify, vars("in", Map.of("actionId", critical))).userErrorCodes("verifyCorrectiveAction"));

        // plan, progress
        assertEquals("IN_PROGRESS", supplier.post(plan, vars("in", planInput)).assertNoErrors().string("data.planCorrectiveAction.action.status"));
        supplier.post("mutation($in: ActionNoteInput!) { postActionProgress(input: $in) { action { status } userErrors { code } } }",
                vars("in", Map.of("actionId", critical, "note", "Gate checks in place since Monday."))).assertNoErrors();

        // due date: accepted, then refused (a refusal needs a reason)
        String propose = "mutation($in: ProposeDueDateInput!) { proposeDueDate(input: $in) { action { dueDate proposedDueDate } userErrors { code } } }";
        String decide = "mutation($in: DecideDueDateInput!) { decideDueDate(input: $in) { action { dueDate proposedDueDate } userErrors { code } } }";
        String later = today.plusDays(45).toString();
        supplier.post(propose, vars("in", Map.of("actionId", critical, "dueDate", later, "reason", "Monthly audits need two cycles."))).assertNoErrors();
        assertEquals(List.of("PROPOSAL_PENDING"), supplier.post(propose, vars("in", Map.of("actionId", critical, "dueDate", later, "reason", "again"))).userErrorCodes("proposeDueDate"));
        Gql.Result accepted = assessor.post(decide, vars("in", Map.of("actionId", critical, "accept", true))).assertNoErrors();
        assertEquals(later, accepted.string("data.decideDueDate.action.dueDate"));
        supplier.post(propose, vars("in", Map.of("actionId", critical, "dueDate", today.plusDays(200).toString(), "reason", "Holiday season."))).assertNoErrors();
        assertEquals(List.of("REQUIRED"), assessor.post(decide, vars("in", Map.of("actionId", critical, "accept", false))).userErrorCodes("decideDueDate"));
        Gql.Result refused = assessor.post(decide, vars("in", Map.of("actionId", critical, "accept", false, "reason", "Child labour cannot wait."))).assertNoErrors();
        assertEquals(later, refused.string("data.decideDueDate.action.dueDate"));

        // current rating stays capped while the critical action is open
        Gql.Result status = supplier.post(STATUS).assertNoErrors();
        assertEquals(1, status.<Integer>get("data.mySupplierStatus.actions.openCritical"));
        assertEquals("B", status.string("data.mySupplierStatus.currentRating.rating"));

        // submit, send back (with a reason), submit again, verify
        supplier.post(submit, vars("in", Map.of("actionId", critical, "note", "Done."))).assertNoErrors();
        String sendBack = "mutation($in: SendBackInput!) { sendBackCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        assertEquals("IN_PROGRESS", assessor.post(sendBack, vars("in", Map.of("actionId", critical, "reason", "No gate log provided."))).string("data.sendBackCorrectiveAction.action.status"));
        assertEquals("SUBMITTED", supplier.post(submit, vars("in", Map.of("actionId", critical, "note", "Gate log attached."))).string("data.submitCorrectiveAction.action.status"));
        assertEquals("VERIFIED", assessor.post(verify, vars("in", Map.of("actionId", critical, "note", "Checked on site."))).string("data.verifyCorrectiveAction.action.status"));

        // the cap is lifted in the current rating; the published assessment is unchanged
        status = supplier.post(STATUS).assertNoErrors();
        assertEquals("AAA", status.string("data.mySupplierStatus.currentRating.rating"), status.raw());
        assertEquals("B", status.string("data.mySupplierStatus.currentRating.publishedRating"));
        assertTrue(status.string("data.mySupplierStatus.currentRating.explanation").contains("lifted"));
        assertEquals("B", supplier.post("query($id: ID!) { assessment(id: $id) { rating } }", vars("id", assessment)).string("data.assessment.rating"));

        // overdue appears when the clock passes the due date (the major action is untouched)
        assertEquals(0, supplier.post(STATUS).<Integer>get("data.mySupplierStatus.actions.overdueMajor"));
        clock.advance(Duration.ofDays(91));
        status = supplier.post(STATUS).assertNoErrors();
        assertEquals(1, status.<Integer>get("data.mySupplierStatus.actions.overdueMajor"));
        assertEquals(0, status.<Integer>get("data.mySupplierStatus.actions.overdueCritical"), "verified actions are never overdue");
        List<Map<String, Object>> overdue = supplier.post("{ correctiveActions(overdue: true) { id } }").json().getList("data.correctiveActions");
        assertEquals(List.of(major), overdue.stream().map(a -> a.get("id")).toList());
    }
}
