package org.assay.events;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Tokens;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live events over GraphQL over WebSocket (graphql-transport-ws), with a real WebSocket client and signed tokens. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class EventSubscriptionTest {

    static final String SUBSCRIBE = "subscription { events(types: [ASSESSMENT_PUBLISHED]) { id type wireType data } }";

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    /** An open graphql-transport-ws connection and the messages it received. */
    record Connection(WebSocket socket, BlockingQueue<JsonObject> received) {
        JsonObject next() throws InterruptedException {
            JsonObject m = received.poll(60, TimeUnit.SECONDS);
            assertNotNull(m, "no message within 60 s");
            return m;
        }

        /** The next message for the subscription, skipping pings. */
        JsonObject nextOf(String id) throws InterruptedException {
            while (true) {
                JsonObject m = next();
                if ("ping".equals(m.getString("type"))) {
                    socket.writeTextMessage(new JsonObject().put("type", "pong").encode());
                    continue;
                }
                if (id.equals(m.getString("id"))) return m;
            }
        }
    }

    Connection connect(String token) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI(graphql.getPath()).addSubProtocol("graphql-transport-ws");
        if (token != null) {
            options.addHeader("Authorization", "Bearer " + token);
        }
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
        socket.textMessageHandler(text -> received.add(new JsonObject(text)));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        Connection c = new Connection(socket, received);
        assertEquals("connection_ack", c.next().getString("type"));
        return c;
    }

    static void subscribe(Connection c, String id, String query) {
        c.socket().writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe").put("payload", new JsonObject().put("query", query)).encode());
    }

    @Test
    void aGrantHolderReceivesThePublicationLiveAndAnAnonymousCallerIsRefused() throws Exception {
        Scenarios.World w = Scenarios.world("Live");
        EventsApiTest.grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY"));
        Connection member = connect(w.memberA().client().token());
        Connection supplier = connect(w.supplier().client().token());
        subscribe(member, "1", SUBSCRIBE);
        subscribe(supplier, "s", SUBSCRIBE);
        Thread.sleep(1500); // let both subscriptions start before the change (they deliver what happens after subscribing)

        String assessment = Scenarios.publishedDeskReview(w);

        for (var c : List.of(Map.entry(member, "1"), Map.entry(supplier, "s"))) {
            JsonObject event;
            do {
                JsonObject m = c.getKey().nextOf(c.getValue());
                assertEquals("next", m.getString("type"), m.encode());
                event = m.getJsonObject("payload").getJsonObject("data").getJsonObject("events");
            } while (!new JsonObject(event.getString("data")).getString("assessmentId", "").equals(assessment));
            assertEquals("ASSESSMENT_PUBLISHED", event.getString("type"));
            assertEquals("assessment.published", event.getString("wireType"));
            assertEquals(w.supplier().organisationNodeId(), new JsonObject(event.getString("data")).getString("supplierId"));
        }
        member.socket().close();
        supplier.socket().close();

        // no token: the subscription is refused, nothing is delivered
        Connection anonymous = connect(null);
        subscribe(anonymous, "a", SUBSCRIBE);
        JsonObject refused = anonymous.nextOf("a");
        assertTrue(refused.encode().contains("unauthorized") || "error".equals(refused.getString("type")), refused.encode());
        anonymous.socket().close();
        Gql.anonymous(); // (the HTTP feed refuses anonymous callers likewise: EventsApiTest)
    }

    /**
     * The messages for subscription {@code id} up to the one that ends it (error or complete); fails after 60 s. A
     * subscription the server ends for a refusal sends a {@code next} with the error, then {@code complete}.
     */
    static List<JsonObject> untilEnded(Connection c, String id) throws InterruptedException {
        List<JsonObject> got = new java.util.ArrayList<>();
        while (true) {
            JsonObject m = c.nextOf(id);
            got.add(m);
            String type = m.getString("type");
            if ("error".equals(type) || "complete".equals(type)) return got;
        }
    }

    static void assertEndedForAChangedMembership(List<JsonObject> got) {
        assertTrue(got.size() >= 2, got.toString());
        assertEquals("complete", got.get(got.size() - 1).getString("type"), got.toString());
        JsonObject refusal = got.get(got.size() - 2);
        assertEquals("next", refusal.getString("type"), got.toString());
        JsonObject error = refusal.getJsonObject("payload").getJsonArray("errors").getJsonObject(0);
        assertEquals("MEMBERSHIP_CHANGED", error.getJsonObject("extensions").getString("code"), got.toString());
        assertTrue(error.getString("message").contains("subscribe again"), got.toString());
    }

    @Test
    void theConnectionClosesWhenItsTokenExpires() throws Exception {
        Scenarios.World w = Scenarios.world("Expiring");
        String subject = "expiring-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Fixtures.addPerson(w.memberA().organisationId(), subject, false);
        Instant expires = Instant.now().plusSeconds(4).truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // exp is in whole seconds
        Connection c = connect(Tokens.forSubject(subject).expiresAt(expires).sign());
        java.util.concurrent.CompletableFuture<Short> closed = new java.util.concurrent.CompletableFuture<>();
        c.socket().closeHandler(v -> closed.complete(c.socket().closeStatusCode()));
        subscribe(c, "e", SUBSCRIBE);

        assertEquals((short) 1008, closed.get(60, TimeUnit.SECONDS), "closed as a policy violation (Quarkus: \"Authentication expired\")");
        assertFalse(Instant.now().isBefore(expires), "closed only once the token had expired");
    }

    @Test
    void aPersonRemovedFromTheOrganisationStopsReceivingAtOnce() throws Exception {
        Scenarios.World w = Scenarios.world("Removed");
        EventsApiTest.grant(w, Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY"));
        String subject = "leaving-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String membership = Fixtures.addPerson(w.memberA().organisationId(), subject, false);
        Connection leaving = connect(Gql.as(subject).token());
        Connection staying = connect(w.memberA().client().token());
        subscribe(leaving, "l", SUBSCRIBE);
        subscribe(staying, "s", SUBSCRIBE);
        Thread.sleep(1500); // let both subscriptions start before the changes

        Gql.Result removed = w.memberA().client().post("mutation($in: PersonRefInput!) { removePerson(input: $in) { userErrors { code } } }",
                vars("in", Map.of("membershipId", membership))).assertNoErrors();
        assertEquals(List.of(), removed.userErrorCodes("removePerson"), removed.raw());
        String assessment = Scenarios.publishedDeskReview(w);

        List<JsonObject> got = untilEnded(leaving, "l");
        assertEndedForAChangedMembership(got);
        assertTrue(got.stream().noneMatch(m -> m.encode().contains(assessment)), "nothing after the removal: " + got);

        // the organisation's other person still receives the publication
        JsonObject event;
        do {
            JsonObject m = staying.nextOf("s");
            assertEquals("next", m.getString("type"), m.encode());
            event = m.getJsonObject("payload").getJsonObject("data").getJsonObject("events");
        } while (!new JsonObject(event.getString("data")).getString("assessmentId", "").equals(assessment));
        leaving.socket().close();
        staying.socket().close();
    }
}
