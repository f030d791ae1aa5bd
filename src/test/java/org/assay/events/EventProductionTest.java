package org.assay.events;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.framework.FrameworkFixtures;
import org.assay.framework.governance.GovernanceSweep;
import org.assay.platform.Clock;
import org.assay.platform.outbox.EventOutbox;
import org.assay.platform.outbox.EventType;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each event is produced once by the change that causes it, in its transaction, and by no refused change; time-based
 * events once per fact however often the sweep runs; the cursor never skips an event a slow transaction commits late.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class EventProductionTest {

    static final String ACTIONS = "query($a: ID) { correctiveActions(assessmentId: $a) { id severity status } }";

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @Inject
    EventSweep sweep;

    @Inject
    GovernanceSweep governanceSweep;

    @Inject
    EventOutbox outbox;

    @Inject
    EventFeed feed;

    @Inject
    SessionFactory sessionFactory;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eachChangeRecordsItsEventOnceAndARefusedChangeNone() throws Exception {
        Scenarios.World w = Scenarios.world("Produced");
        String supplier = w.supplier().organisationId();
        String assessment = Scenarios.request(w.memberA().client(), supplier, "ON_SITE_AUDIT");
        assertEquals(1, events("assessment.requested", "assessment_id", assessment));
        Scenarios.request(w.memberA().client(), supplier, "ON_SITE_AUDIT");
        assertEquals(1, events("assessment.requested", "assessment_id", assessment), "asking again returns the earlier request: no new event");
        Scenarios.request(w.memberB().client(), supplier, "ON_SITE_AUDIT");
        assertEquals(2, events("assessment.requested", "assessment_id", assessment), "a co-requester's own request");
        long beforeRefusal = total();
        Gql.Result refused = w.memberA().client().post(Scenarios.REQUEST, vars("in", Map.of("supplierId", UUID.randomUUID().toString(), "minimumMethod", "ON_SITE_AUDIT")));
        assertEquals(List.of("NOT_FOUND"), refused.userErrorCodes("requestAssessment"));
        assertEquals(beforeRefusal, total(), "a refused request records nothing");

        Scenarios.assign(assessment, w.body().organisationId());
        Gql.Result again = Gql.rootOperator().post(Scenarios.ASSIGN, vars("in", Map.of("assessmentId", assessment, "assessmentBodyId", w.body().organisationId())));
        assertTrue(!again.userErrorCodes("assignAssessment").isEmpty(), again.raw());
        assertEquals(1, events("assessment.assigned", "assessment_id", assessment));

        List<String> applicable = Scenarios.applicable(w.body().client(), assessment);
        Scenarios.answerAll(w.body().client(), assessment, applicable);
        w.body().client().post("mutation($in: RaiseFindingInput!) { raiseFinding(input: $in) { finding { id } } }",
                vars("in", Map.of("assessmentId", assessment, "severity", "CRITICAL", "title", "Minors at the gate",
                        "description", "Observed.", "indicatorCodes", List.of(applicable.get(0))))).assertNoErrors();
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        Gql.Result twice = w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        assertTrue(!twice.userErrorCodes("publishAssessment").isEmpty(), twice.raw());
        assertEquals(1, events("assessment.published", "assessment_id", assessment));
        assertEquals(1, events("action.opened", "assessment_id", assessment));

        // corrective action: submitted, returned, submitted again, verified — the refusals record nothing
        String action = (String) w.supplier().client().post(ACTIONS, vars("a", assessment)).assertNoErrors().<List<Map<String, Object>>>get("data.correctiveActions").get(0).get("id");
        Gql supplierClient = w.supplier().client();
        Gql body = w.body().client();
        String submit = "mutation($in: ActionNoteInput!) { submitCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        String verify = "mutation($in: ActionNoteInput!) { verifyCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        String sendBack = "mutation($in: SendBackInput!) { sendBackCorrectiveAction(input: $in) { action { status } userErrors { code } } }";
        assertEquals(List.of("WRONG_STATE"), supplierClient.post(submit, vars("in", Map.of("actionId", action))).userErrorCodes("submitCorrectiveAction"));
        supplierClient.post("mutation($in: PlanActionInput!) { planCorrectiveAction(input: $in) { userErrors { code } } }",
                vars("in", Map.of("actionId", action, "description", "Verify ages at the gate.", "owner", "HSE manager"))).assertNoErrors();
        supplierClient.post(submit, vars("in", Map.of("actionId", action, "note", "Done."))).assertNoErrors();
        assertEquals(1, events("action.submitted", "action_id", action));
        Fixtures.Party stranger = Scenarios.accreditedBody("Stranger Auditors");
        assertEquals(List.of("NOT_FOUND"), stranger.client().post(verify, vars("in", Map.of("actionId", action))).userErrorCodes("verifyCorrectiveAction"));
        assertEquals(0, events("action.verified", "action_id", action), "a refused verification records nothing");
        body.post(sendBack, vars("in", Map.of("actionId", action, "reason", "No gate log."))).assertNoErrors();
        assertEquals(1, events("action.returned", "action_id", action));
        supplierClient.post(submit, vars("in", Map.of("actionId", action, "note", "Gate log attached."))).assertNoErrors();
        assertEquals(2, events("action.submitted", "action_id", action));
        assertEquals(0, events("rating.current_changed", "assessment_id", assessment));
        assertEquals("VERIFIED", body.post(verify, vars("in", Map.of("actionId", action, "note", "Checked."))).string("data.verifyCorrectiveAction.action.status"));
        assertEquals(1, events("action.verified", "action_id", action));
        assertEquals(1, events("rating.current_changed", "assessment_id", assessment), "the last critical action verified lifts the cap");
        assertEquals("B", text("select summary_data->>'previousRating' from outbox_event where type = 'rating.current_changed' and assessment_id = ?::uuid", assessment));

        // sharing: requested once while pending, decided once, granted, revoked once
        String ask = "mutation($in: RequestSharingInput!) { requestSharing(input: $in) { request { id } userErrors { code } } }";
        String request = w.memberB().client().post(ask, vars("in", Map.of("supplierId", supplier))).assertNoErrors().string("data.requestSharing.request.id");
        w.memberB().client().post(ask, vars("in", Map.of("supplierId", supplier))).assertNoErrors();
        assertEquals(1, events("sharing.requested", "request_id", request));
        String decline = "mutation($in: SharingRequestRefInput!) { declineSharingRequest(input: $in) { userErrors { code } } }";
        supplierClient.post(decline, vars("in", Map.of("requestId", request))).assertNoErrors();
        assertEquals(List.of("ALREADY_DECIDED"), supplierClient.post(decline, vars("in", Map.of("requestId", request))).userErrorCodes("declineSharingRequest"));
        assertEquals(1, events("sharing.request_decided", "request_id", request));
        String grant = EventsApiTest.grant(w, Map.of("audience", "MEMBER", "memberId", w.memberB().organisationId(), "level", "SUMMARY"));
        assertEquals(1, events("sharing.granted", "grant_id", grant));
        String revoke = "mutation($in: GrantRefInput!) { revokeSharing(input: $in) { userErrors { code } } }";
        supplierClient.post(revoke, vars("in", Map.of("grantId", grant))).assertNoErrors();
        assertEquals(List.of("ALREADY_REVOKED"), supplierClient.post(revoke, vars("in", Map.of("grantId", grant))).userErrorCodes("revokeSharing"));
        assertEquals(1, events("sharing.revoked", "grant_id", grant));

        // a correction supersedes the published assessment
        Gql.Result correction = body.post("mutation($in: AssessmentRefInput!) { correctAssessment(input: $in) { assessment { id } userErrors { code } } }",
                vars("in", Map.of("assessmentId", assessment))).assertNoErrors();
        String corrected = correction.string("data.correctAssessment.assessment.id");
        if (corrected != null) {
            body.post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", corrected))).assertNoErrors();
            body.post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", corrected))).assertNoErrors();
            assertEquals(1, events("assessment.superseded", "assessment_id", assessment), correction.raw());
            assertEquals(1, events("assessment.published", "assessment_id",
                    Fixtures.rawId(corrected)), "the correction's global id names it");
        }
    }

    @Test
    void proposalsOpenAndCloseOnceAlsoByTheirWindow() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Proposing Buyer", "FR");
        Gql.Result p = FrameworkFixtures.proposeRetirement(member.client(), "GOV-POL-02", clock.now().plus(Duration.ofHours(2))).assertNoErrors();
        String proposal = p.string("data.proposeIndicatorRetirement.proposal.id");
        assertEquals(1, events("proposal.opened", "proposal_id", proposal), p.raw());
        // other members learn of it (a broadcast to members); a supplier does not
        assertTrue(EventsApiTest.events(Fixtures.party("MEMBER_FIRM", "Voting Buyer", "IT").client(), "PROPOSAL_OPENED").stream()
                .anyMatch(e -> Fixtures.raw(proposal).equals(e.data().getString("proposalId")))); // event data carries raw ids (see docs/api/events-and-webhooks.md)
        assertTrue(EventsApiTest.events(Fixtures.party("SUPPLIER", "Bystander Mine", "PE").client(), "PROPOSAL_OPENED").isEmpty());
        clock.advance(Duration.ofHours(3));
        governanceSweep.sweep();
        governanceSweep.sweep();
        assertEquals(1, events("proposal.closed", "proposal_id", proposal), "closed by its window, once");
    }

    @Test
    void timeBasedEventsOncePerFactHoweverOftenTheSweepRuns() throws Exception {
        Scenarios.World w = Scenarios.world("Ageing");
        String assessment = EventsApiTest.publishedWithFindings(w); // on-site audit: valid 36 months; a critical action due in 30 days
        sweep.sweep();
        assertEquals(0, events("assessment.expiring", "assessment_id", assessment));
        assertEquals(0, events("action.overdue", "assessment_id", assessment));
        clock.advance(Duration.ofDays(31));
        sweep.sweep();
        sweep.sweep();
        assertEquals(1, events("action.overdue", "assessment_id", assessment), "overdue once");
        assertEquals(List.of("ACTION_OVERDUE"), EventsApiTest.types(EventsApiTest.about(
                EventsApiTest.events(w.supplier().client(), "ACTION_OVERDUE"), "assessmentId", assessment)), "the supplier reads it");
        assertTrue(EventsApiTest.about(EventsApiTest.events(w.memberB().client()), "assessmentId", assessment).isEmpty(), "no grant, nothing");
        clock.advance(Duration.ofDays(36 * 31 - 31 - 55));
        sweep.sweep();
        assertEquals(0, events("assessment.expired", "assessment_id", assessment));
        assertEquals(1, events("assessment.expiring", "assessment_id", assessment));
        assertEquals(0, events("action.overdue", "assessment_id", assessment), "purged after the retention period (30 days)");
        clock.advance(Duration.ofDays(70));
        sweep.sweep();
        sweep.sweep();
        assertEquals(1, events("assessment.expired", "assessment_id", assessment), "expired once");
        // each fact once, also after its event was purged
        assertEquals(1, facts("assessment.expiring:" + assessment + ":%"));
        assertEquals(1, facts("assessment.expired:" + assessment + ":%"));
        assertEquals(0, events("action.overdue", "assessment_id", assessment), "the same overdue fact is not announced again");
        assertEquals(List.of("ASSESSMENT_EXPIRED"), EventsApiTest.types(EventsApiTest.about(
                EventsApiTest.events(w.supplier().client(), "ASSESSMENT_EXPIRING", "ASSESSMENT_EXPIRED", "ACTION_OVERDUE"), "assessmentId", assessment)));
    }

    @Test
    void aBacklogLargerThanOneSweepDrainsOverConsecutiveSweeps() throws Exception {
        // given two published assessments of one supplier, both long expired, and a sweep that announces one fact per kind
        Scenarios.World w = Scenarios.world("Backlog");
        String first = EventsApiTest.publishedWithFindings(w);
        String second = EventsApiTest.publishedWithFindings(Scenarios.world("Backlog Two"));
        clock.advance(Duration.ofDays(40 * 31));
        sweep.batch(1);
        try {
            // when the sweep runs until it has nothing left to announce
            int sweeps = 0;
            EventSweep.Result r;
            do {
                r = sweep.sweep();
                sweeps++;
                // then no sweep announces more than its batch of each kind
                assertTrue(r.expired() <= 1 && r.expiring() <= 1 && r.overdue() <= 1, r.toString());
            } while ((r.expired() > 0 || r.expiring() > 0 || r.overdue() > 0) && sweeps < 5_000);
            // and every expired assessment was announced once, over several sweeps
            assertTrue(sweeps > 2, "the backlog took several sweeps: " + sweeps);
            assertEquals(1, facts("assessment.expired:" + first + ":%"));
            assertEquals(1, facts("assessment.expired:" + second + ":%"));
        } finally {
            sweep.batch(EventSweep.BATCH);
        }
    }

    long facts(String like) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from outbox_fact where fact like ?")) {
            ps.setString(1, like);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aSlowTransactionsEventIsNotSkippedByAReaderHoldingACursor() throws Exception {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Slow Mine", "BO");
        UUID supplierId = UUID.fromString(supplier.organisationId());
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // the slow transaction records its event first, then waits before committing
        CompletableFuture<Void> slow = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.event(EventType.ASSESSMENT_EXPIRED).supplier(supplierId).summary("note", "slow").record();
            org.hibernate.Session s = io.quarkus.arc.Arc.container().instance(jakarta.persistence.EntityManager.class).get().unwrap(org.hibernate.Session.class);
            s.flush();
            recorded.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertTrue(recorded.await(60, TimeUnit.SECONDS));
        QuarkusTransaction.requiringNew().run(() -> outbox.event(EventType.ASSESSMENT_EXPIRED).supplier(supplierId).summary("note", "fast").record());
        List<VisibleEvent> first = feed.visibleTo(supplierId, 0, java.util.Set.of(), 100);
        assertEquals(List.of("fast"), first.stream().map(e -> e.data().path("note").asText()).toList());
        long cursor = first.get(0).position();
        release.countDown();
        slow.get(60, TimeUnit.SECONDS);
        List<VisibleEvent> next = feed.visibleTo(supplierId, cursor, java.util.Set.of(), 100);
        assertEquals(List.of("slow"), next.stream().map(e -> e.data().path("note").asText()).toList(),
                "the event committed later comes after the stored cursor");
        assertTrue(next.get(0).position() > cursor);
    }

    @Test
    void aPageOfFiftyCostsAsManyStatementsAsAPageOfFive() throws Exception {
        Scenarios.World w = Scenarios.world("Paged");
        UUID supplierId = UUID.fromString(w.supplier().organisationId());
        EventsApiTest.grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"));
        String after = org.assay.platform.PageRequest.encode(Long.toString(feed.head()));
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 60; i++) {
                outbox.event(EventType.ASSESSMENT_PUBLISHED).supplier(supplierId).assessment(null).summary("n", i).full("secret", "full " + i).record();
            }
        });
        long five = statements(w.memberA().client(), after, 5);
        long fifty = statements(w.memberA().client(), after, 50);
        assertEquals(five, fifty, "a page of events costs a constant number of statements");
        assertTrue(fifty <= 8, "statements: " + fifty);
    }

    private long statements(Gql client, String after, int first) {
        client.post(EventsApiTest.EVENTS, vars("first", 1)).assertNoErrors(); // sequence everything first
        sessionFactory.getStatistics().clear();
        Gql.Result r = client.post(EventsApiTest.EVENTS, vars("first", first, "after", after, "types", List.of("ASSESSMENT_PUBLISHED"))).assertNoErrors();
        long n = sessionFactory.getStatistics().getPrepareStatementCount();
        List<String> data = r.json().getList("data.events.edges.node.data");
        assertEquals(first, data.size(), r.raw());
        assertTrue(data.stream().allMatch(d -> d.contains("\"secret\"")), "a full grant carries full data");
        return n;
    }

    long events(String type, String column, String id) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from outbox_event where type = ? and " + column + " = ?::uuid")) {
            ps.setString(1, type);
            ps.setString(2, Fixtures.raw(id)); // the API's ids are global now
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    long total() throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from outbox_event");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String text(String sql, String param) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
