package org.assay.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deliveries to a real HTTP receiver (the JDK's HttpServer on a loopback port): signed by the Standard Webhooks scheme
 * (checked with {@link StandardWebhooksVerifier}, independent of the signer), retried with the schedule while the
 * receiver fails — time moved on the platform clock — none lost, duplicates only with the same {@code webhook-id}; two
 * workers at once never send one attempt twice; an endpoint failing for over 24 h is disabled.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveryTest {

    static final String REGISTER = """
            mutation($in: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $in) {
              endpoint { id url status } secret userErrors { field code message } } }""";
    static final String LOG = """
            query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { status failingSince disabledAt
              deliveryAttempts(first: 100) { nodes { id messageId eventType attempt attemptedAt succeeded statusCode latencyMs failure nextRetryAt } } } } }""";

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookWorker worker;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Endpoint(String id, UUID key, String secret, Gql admin) {
    }

    static Endpoint register(String url) {
        Fixtures.Party party = Fixtures.party("MEMBER_FIRM", "Webhook Buyer", "DE");
        Gql.Result r = party.client().post(REGISTER, vars("in", Map.of("url", url, "description", "ERP inbox"))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("registerWebhookEndpoint"), r.raw());
        String id = r.string("data.registerWebhookEndpoint.endpoint.id");
        return new Endpoint(id, UUID.fromString(Fixtures.rawId(id)), r.string("data.registerWebhookEndpoint.secret"), party.client());
    }

    /** Queues {@code n} events for the endpoint (as the fan-out would) and returns their ids in order. */
    List<UUID> queue(Endpoint e, int n) {
        List<UUID> ids = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < n; i++) {
                UUID event = UUID.randomUUID();
                ids.add(event);
                String body = "{\"type\":\"assessment.published\",\"timestamp\":\"" + clock.now() + "\",\"data\":{\"n\":" + i
                        + ",\"note\":\"ünïcødé\"}}";
                assertTrue(deliveries.enqueue(e.key(), event, 1000L + i, "ASSESSMENT_PUBLISHED", body));
                assertFalse(deliveries.enqueue(e.key(), event, 1000L + i, "ASSESSMENT_PUBLISHED", body), "one delivery per (endpoint, event)");
            }
        });
        return ids;
    }

    private void deliverAll() {
        worker.deliverDue(100);
    }

    @Test
    void aFailingReceiverGetsEveryEventOnceItAnswersAgainSignedAndWithStableIds() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Endpoint e = register(receiver.url());
            List<UUID> events = queue(e, 5);
            receiver.status.set(500);
            deliverAll();                              // attempt 1 fails
            assertEquals(5, receiver.requests.size());
            deliverAll();                              // nothing is due before the first delay (5 s ± 20 %)
            assertEquals(5, receiver.requests.size());
            clock.advance(Duration.ofSeconds(7));
            deliverAll();                              // attempt 2 fails
            assertEquals(10, receiver.requests.size());
            clock.advance(Duration.ofMinutes(7));      // 5 min ± 20 %
            receiver.status.set(200);
            deliverAll();                              // attempt 3 succeeds
            clock.advance(Duration.ofHours(30));
            deliverAll();                              // nothing more: each event was delivered
            assertEquals(15, receiver.requests.size());

            // every event arrived, three times each, always with its own webhook-id; only the last answer was 200
            Map<String, List<Receiver.Request>> byId = receiver.requests.stream().collect(Collectors.groupingBy(Receiver.Request::id));
            assertEquals(events.stream().map(WebhookDelivery::messageId).collect(Collectors.toSet()), byId.keySet());
            for (List<Receiver.Request> same : byId.values()) {
                assertEquals(3, same.size());
                assertEquals(1, same.stream().map(Receiver.Request::body).distinct().count(), "the same body on every attempt");
                assertEquals(200, same.get(2).answered());
            }
            // signatures verify by the specification, timestamps are the platform's time (unix seconds), JSON bodies
            for (Receiver.Request r : receiver.requests) {
                assertTrue(StandardWebhooksVerifier.verify(e.secret(), r.id(), r.timestamp(), r.body(), r.signature()), r.toString());
                assertFalse(StandardWebhooksVerifier.verify(e.secret(), r.id(), r.timestamp(), r.body() + " ", r.signature()));
                assertTrue(r.signature().startsWith("v1,"));
                assertEquals("application/json", r.contentType());
                assertTrue(Math.abs(Long.parseLong(r.timestamp()) - clock.now().getEpochSecond()) < 31 * 3600);
                assertTrue(r.body().startsWith("{\"type\":\"assessment.published\""));
            }
            // first attempts went out in commit (position) order
            assertEquals(events.stream().map(WebhookDelivery::messageId).toList(), receiver.requests.subList(0, 5).stream().map(Receiver.Request::id).toList());

            // the delivery log, through the API
            Gql.Result log = e.admin().post(LOG, vars("id", e.id())).assertNoErrors();
            List<Map<String, Object>> attempts = log.json().getList("data.node.deliveryAttempts.nodes");
            assertEquals(15, attempts.size());
            assertEquals(Set.of(1, 2, 3), attempts.stream().map(a -> (Integer) a.get("attempt")).collect(Collectors.toSet()));
            for (Map<String, Object> a : attempts) {
                boolean ok = (Boolean) a.get("succeeded");
                assertEquals(ok ? 200 : 500, a.get("statusCode"), a.toString());
                assertEquals(ok ? null : "HTTP_STATUS", a.get("failure"));
                assertEquals(ok, a.get("nextRetryAt") == null, a.toString());
                assertEquals("ASSESSMENT_PUBLISHED", a.get("eventType"));
            }
            assertEquals("ACTIVE", log.string("data.node.status"));
            assertEquals(null, log.string("data.node.failingSince"), "a success ends the failing period");

            // redelivery: the same webhook-id and body again, and only for an event the endpoint was sent
            Gql.Result again = e.admin().post("""
                    mutation($in: RedeliverEventInput!) { redeliverEvent(input: $in) { dueAt userErrors { field code } } }""",
                    vars("in", Map.of("endpointId", e.id(), "eventId", WebhookDelivery.messageId(events.get(2))))).assertNoErrors();
            assertEquals(List.of(), again.userErrorCodes("redeliverEvent"), again.raw());
            deliverAll();
            assertEquals(16, receiver.requests.size());
            Receiver.Request redelivered = receiver.requests.get(15);
            assertEquals(WebhookDelivery.messageId(events.get(2)), redelivered.id());
            assertEquals(byId.get(WebhookDelivery.messageId(events.get(2))).get(0).body(), redelivered.body());
            Gql.Result unknown = e.admin().post("""
                    mutation($in: RedeliverEventInput!) { redeliverEvent(input: $in) { dueAt userErrors { field code } } }""",
                    vars("in", Map.of("endpointId", e.id(), "eventId", UUID.randomUUID().toString()))).assertNoErrors();
            assertEquals(List.of("NOT_FOUND"), unknown.userErrorCodes("redeliverEvent"));
        }
    }

    @Test
    void twoWorkersAtOnceNeverSendOneAttemptTwice() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Endpoint e = register(receiver.url());
            List<UUID> events = queue(e, 60);
            // two claims at the same moment, on two connections: disjoint
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<List<WebhookDeliveries.Claim>>> claims = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claims.add(CompletableFuture.supplyAsync(() -> {
                    await(together);
                    return deliveries.claim(40);
                }));
            }
            List<WebhookDeliveries.Claim> first = claims.get(0).get(30, TimeUnit.SECONDS);
            List<WebhookDeliveries.Claim> second = claims.get(1).get(30, TimeUnit.SECONDS);
            Set<UUID> a = first.stream().filter(c -> c.endpointId().equals(e.key())).map(WebhookDeliveries.Claim::deliveryId).collect(Collectors.toSet());
            Set<UUID> b = second.stream().filter(c -> c.endpointId().equals(e.key())).map(WebhookDeliveries.Claim::deliveryId).collect(Collectors.toSet());
            assertTrue(java.util.Collections.disjoint(a, b), "no delivery claimed by both");
            assertEquals(60, a.size() + b.size());
            // claimed deliveries are not due again while their lease runs
            assertEquals(0, deliveries.claim(100).stream().filter(c -> c.endpointId().equals(e.key())).count());
            // the two workers send and record what they hold, at the same time
            CyclicBarrier send = new CyclicBarrier(2);
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (List<WebhookDeliveries.Claim> held : List.of(first, second)) {
                workers.add(CompletableFuture.runAsync(() -> {
                    await(send);
                    held.forEach(worker::attempt);
                }));
            }
            for (CompletableFuture<Void> w : workers) {
                w.get(60, TimeUnit.SECONDS);
            }
            // then two full workers race over what is left (nothing of this endpoint): still once each
            CyclicBarrier race = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> racing = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racing.add(CompletableFuture.supplyAsync(() -> {
                    await(race);
                    return worker.deliverDue(10);
                }));
            }
            for (CompletableFuture<Integer> r : racing) {
                r.get(60, TimeUnit.SECONDS);
            }
            Map<String, Long> perId = receiver.requests.stream().collect(Collectors.groupingBy(Receiver.Request::id, Collectors.counting()));
            assertEquals(events.stream().map(WebhookDelivery::messageId).collect(Collectors.toSet()), perId.keySet());
            assertTrue(perId.values().stream().allMatch(n -> n == 1), "each event sent once: " + perId);
            Number logged = (Number) em.createNativeQuery("select count(*) from webhook_attempt where endpoint_id = ?1")
                    .setParameter(1, e.key()).getSingleResult();
            assertEquals(60, logged.intValue());
        }
    }

    @Test
    void anEndpointFailingForMoreThanADayIsDisabledAndCanBeResumed() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Endpoint e = register(receiver.url());
            UUID event = queue(e, 1).get(0);
            receiver.status.set(302);                  // a redirect is a failure, never followed
            for (int round = 0; round < 12; round++) {
                deliverAll();
                clock.advance(Duration.ofHours(13));
            }
            Gql.Result log = e.admin().post(LOG, vars("id", e.id())).assertNoErrors();
            assertEquals("DISABLED", log.string("data.node.status"), log.raw());
            List<Map<String, Object>> attempts = log.json().getList("data.node.deliveryAttempts.nodes");
            assertTrue(attempts.size() >= 3, log.raw());
            assertTrue(attempts.stream().allMatch(a -> "REDIRECT".equals(a.get("failure")) && Integer.valueOf(302).equals(a.get("statusCode"))), log.raw());
            assertTrue(receiver.requests.stream().allMatch(r -> r.id().equals(WebhookDelivery.messageId(event))), "nothing reached the redirect's target");
            int sent = receiver.requests.size();
            clock.advance(Duration.ofDays(2));
            deliverAll();
            assertEquals(sent, receiver.requests.size(), "a disabled endpoint is sent nothing");
            // the admin resumes it: its delivery is due again (a redelivery gives it a fresh schedule)
            receiver.status.set(204);
            Gql.Result resumed = e.admin().post("""
                    mutation($in: WebhookEndpointRefInput!) { resumeWebhookEndpoint(input: $in) { endpoint { status failingSince } userErrors { code } } }""",
                    vars("in", Map.of("endpointId", e.id()))).assertNoErrors();
            assertEquals("ACTIVE", resumed.string("data.resumeWebhookEndpoint.endpoint.status"), resumed.raw());
            e.admin().post("mutation($in: RedeliverEventInput!) { redeliverEvent(input: $in) { userErrors { code } } }",
                    vars("in", Map.of("endpointId", e.id(), "eventId", event.toString()))).assertNoErrors();
            deliverAll();
            assertEquals(sent + 1, receiver.requests.size());
            assertEquals(204, receiver.requests.get(sent).answered());
        }
    }

    @Test
    void duringARotationBothSecretsSignAndAfterTheOverlapOnlyTheNewOne() throws Exception {
        try (Receiver receiver = new Receiver()) {
            Endpoint e = register(receiver.url());
            Gql.Result rotated = e.admin().post("""
                    mutation($in: WebhookEndpointRefInput!) { rotateWebhookSecret(input: $in) { secret endpoint { previousSecretValidUntil } userErrors { code } } }""",
                    vars("in", Map.of("endpointId", e.id()))).assertNoErrors();
            String newSecret = rotated.string("data.rotateWebhookSecret.secret");
            assertTrue(newSecret.startsWith("whsec_") && !newSecret.equals(e.secret()));
            assertTrue(rotated.string("data.rotateWebhookSecret.endpoint.previousSecretValidUntil") != null);
            queue(e, 1);
            deliverAll();
            Receiver.Request during = receiver.requests.get(0);
            assertEquals(2, during.signature().split(" ").length);
            assertTrue(StandardWebhooksVerifier.verify(e.secret(), during.id(), during.timestamp(), during.body(), during.signature()));
            assertTrue(StandardWebhooksVerifier.verify(newSecret, during.id(), during.timestamp(), during.body(), during.signature()));
            clock.advance(Duration.ofHours(25));
            queue(e, 1);
            deliverAll();
            Receiver.Request after = receiver.requests.get(1);
            assertEquals(1, after.signature().split(" ").length);
            assertTrue(StandardWebhooksVerifier.verify(newSecret, after.id(), after.timestamp(), after.body(), after.signature()));
            assertFalse(StandardWebhooksVerifier.verify(e.secret(), after.id(), after.timestamp(), after.body(), after.signature()));
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
