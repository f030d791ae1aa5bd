package org.assay.webhook;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.platform.outbox.EventSequencer;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real events, from real changes, to endpoints: the fan-out reads the event feed for each endpoint's organisation (its
 * audience rule and level), queues one delivery per (endpoint, event), and the worker delivers them signed; an
 * endpoint gets only the types it asked for, from its registration on; another member's endpoint gets nothing of it.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookEventsTest {

    @Inject
    WebhookFanOut fanOut;

    @Inject
    WebhookWorker worker;

    @Inject
    EventSequencer sequencer;

    @Inject
    Clock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void deliver() {
        sequencer.sequence();
        fanOut.fanOut();
        worker.deliverDue(100);
    }

    private static String register(Gql admin, String url, List<String> types) {
        Gql.Result r = admin.post(WebhookDeliveryTest.REGISTER.replace("endpoint { id url status }", "endpoint { id url status eventTypes }"),
                vars("in", Map.of("url", url, "eventTypes", types))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("registerWebhookEndpoint"), r.raw());
        assertEquals(types, r.json().getList("data.registerWebhookEndpoint.endpoint.eventTypes"));
        return r.string("data.registerWebhookEndpoint.secret");
    }

    @Test
    void aMembersRequestAndItsAssignmentReachItsEndpointAndNobodyElses() throws Exception {
        Scenarios.World w = Scenarios.world("Webhook Events");
        try (Receiver a = new Receiver(); Receiver b = new Receiver(); Receiver typed = new Receiver()) {
            Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "SELF_ASSESSMENT"); // before any endpoint
            deliver();
            String secretA = register(w.memberA().client(), a.url(), List.of());
            register(w.memberA().client(), typed.url(), List.of("ASSESSMENT_ASSIGNED"));
            register(w.memberB().client(), b.url(), List.of());

            String assessment = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
            Scenarios.assign(assessment, w.body().organisationId());
            deliver();
            deliver(); // a second round changes nothing: one delivery per (endpoint, event)

            List<String> types = a.requests.stream().map(r -> new JsonObject(r.body()).getString("type")).toList();
            assertEquals(List.of("assessment.requested", "assessment.assigned"), types, "in commit order, nothing from before registration");
            for (Receiver.Request r : a.requests) {
                assertTrue(StandardWebhooksVerifier.verify(secretA, r.id(), r.timestamp(), r.body(), r.signature()));
                JsonObject body = new JsonObject(r.body());
                assertTrue(body.getString("timestamp").endsWith("Z"), body.encode());
                assertEquals(assessment, body.getJsonObject("data").getString("assessmentId"), body.encode());
            }
            // the webhook-id is the event's id, as the feed gives it
            List<String> feedIds = w.memberA().client().post("{ events(first: 100) { nodes { id type } } }").assertNoErrors()
                    .json().getList("data.events.nodes.id");
            assertTrue(feedIds.containsAll(a.requests.stream().map(Receiver.Request::id).toList()), feedIds.toString());
            assertEquals(List.of("assessment.assigned"), typed.requests.stream().map(r -> new JsonObject(r.body()).getString("type")).toList());
            assertEquals(List.of(), b.requests, "member B sees nothing of member A's requests");
        }
    }

    @Test
    void anEndpointDisabledForFailingTellsItsOrganisationByAnEvent() throws Exception {
        Scenarios.World w = Scenarios.world("Webhook Disabled");
        try (Receiver failing = new Receiver(); Receiver other = new Receiver()) {
            failing.status.set(503);
            register(w.memberA().client(), failing.url(), List.of("ASSESSMENT_REQUESTED"));
            String otherSecret = register(w.memberA().client(), other.url(), List.of("WEBHOOK_ENDPOINT_DISABLED"));
            Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
            for (int round = 0; round < 6; round++) {
                deliver();
                clock.advance(Duration.ofHours(13));
            }
            deliver();
            Gql.Result events = w.memberA().client().post("{ events(first: 100, types: [WEBHOOK_ENDPOINT_DISABLED]) { nodes { type data } } }")
                    .assertNoErrors();
            assertEquals(List.of("WEBHOOK_ENDPOINT_DISABLED"), events.json().getList("data.events.nodes.type"), events.raw());
            assertEquals(1, other.requests.size(), "the organisation's other endpoint was told");
            Receiver.Request told = other.requests.get(0);
            assertTrue(StandardWebhooksVerifier.verify(otherSecret, told.id(), told.timestamp(), told.body(), told.signature()));
            JsonObject body = new JsonObject(told.body());
            assertEquals("webhook.endpoint_disabled", body.getString("type"));
            assertTrue(body.getJsonObject("data").getString("endpointId") != null, body.encode());
            assertTrue(!told.body().contains(failing.url()), "the event does not carry the URL");
            // member B is not told about member A's endpoint
            assertEquals(List.of(), w.memberB().client().post("{ events(first: 100, types: [WEBHOOK_ENDPOINT_DISABLED]) { nodes { type } } }")
                    .assertNoErrors().json().getList("data.events.nodes"));
        }
    }
}
