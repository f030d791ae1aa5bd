package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18, observations 1, 2 and 8: bounded work before anything runs, with fragments counted. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DocumentLimitsTest {

    @Inject
    EntityManager em;

    /** {@code { ...F0 } fragment F0 on Query { __typename ...F1 } … fragment F999 on Query { __typename }} (46 KB). */
    static String fragmentChain(int n) {
        StringBuilder q = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < n; i++) {
            q.append(" fragment F").append(i).append(" on Query { __typename").append(i + 1 < n ? " ...F" + (i + 1) : "").append(" }");
        }
        return q.toString();
    }

    /** Five nested levels, each spread {@code ways} times under aliases (observation 2). */
    static String aliasedFragments(int ways) {
        String[] levels = {"themes", "topics", "aspects", "indicators"};
        String[] types = {"FrameworkVersion", "FrameworkTheme", "FrameworkTopic", "FrameworkAspect"};
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < ways; i++) {
            q.append(" c").append(i).append(": currentFramework { ...L0 }");
        }
        q.append(" }");
        for (int l = 0; l < levels.length; l++) {
            q.append(" fragment L").append(l).append(" on ").append(types[l]).append(" {");
            for (int i = 0; i < ways; i++) {
                q.append(" a").append(i).append(": ").append(levels[l]).append(l + 1 < levels.length ? " { ...L" + (l + 1) + " }" : " { code title guidance }");
            }
            q.append(" }");
        }
        return q.toString();
    }

    @Test
    void aThousandChainedFragmentsFromAnAnonymousCallerAreRefusedAtOnce() {
        String doc = fragmentChain(1000);
        assertTrue(doc.length() > 40_000);
        RawHttp.Reply r = RawHttp.postGraphQL(RawHttp.json(Map.of("query", doc)), "Content-Type", "application/json");
        assertEquals(413, r.status(), r.body()); // over the anonymous document allowance: not even parsed
        // Signed in, the same document is parsed (bounded) and refused for its fragment count, never validated.
        Gql.Result signedIn = Gql.rootOperator().post(doc);
        assertTrue(signedIn.errorCodes().contains("TOO_MANY_TOKENS") || signedIn.errorCodes().contains("TOO_MANY_FRAGMENTS"), signedIn.raw());
        Gql.Result sixty = Gql.rootOperator().post(fragmentChain(60));
        assertEquals(List.of("TOO_MANY_FRAGMENTS"), sixty.errorCodes(), sixty.raw());
        assertNull(sixty.get("data"));
        Gql.rootOperator().post(fragmentChain(20)).assertNoErrors();
    }

    @Test
    void livenessAnswersWithinASecondWhileExpensiveDocumentsAreRefused() throws Exception {
        String token = Gql.rootOperator().token();
        List<String> documents = List.of(fragmentChain(300), aliasedFragments(6), aliasedFragments(10), fragmentChain(49));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicLong slowest = new AtomicLong();
        try {
            List<Future<?>> attackers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int seed = t;
                attackers.add(pool.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        String body = RawHttp.json(Map.of("query", documents.get((seed + i) % documents.size())));
                        RawHttp.Reply r = i % 2 == 0 ? RawHttp.postGraphQL(body, "Content-Type", "application/json")
                                : RawHttp.postGraphQL(body, "Content-Type", "application/json", "Authorization", "Bearer " + token);
                        assertTrue(r.status() < 500, r.body());
                    }
                    return null;
                }));
            }
            while (attackers.stream().anyMatch(f -> !f.isDone())) {
                long start = System.nanoTime();
                RawHttp.Reply live = RawHttp.send("GET", "/q/health/live", null);
                long ms = (System.nanoTime() - start) / 1_000_000;
                slowest.accumulateAndGet(ms, Math::max);
                assertEquals(200, live.status());
                Thread.sleep(50);
            }
            for (Future<?> f : attackers) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(slowest.get() < 1000, "liveness took " + slowest.get() + " ms while expensive documents were refused");
    }

    @Test
    void fieldsReachedThroughFragmentsAreCountedBeforeExecution() {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Fragment Cost Mining", "CD");
        for (int ways : new int[]{5, 6}) {
            Gql.Result r = supplier.client().post(aliasedFragments(ways));
            assertNull(r.get("data"), "refused before execution");
            assertTrue(r.errorCodes().contains("TOO_MANY_FIELDS") || r.errorCodes().contains("TOO_MANY_NODES"), r.raw());
            assertTrue(r.raw().length() < 2_000, "a refusal, not a result");
        }
        // Written inline, the same shape is refused the same way.
        String inline = "{ a: currentFramework { " + "x: themes { y: topics { z: aspects { w: indicators { code } } } } ".repeat(1) + "} }";
        supplier.client().post(inline).assertNoErrors();
        // A depth made of fragments counts as depth.
        StringBuilder deep = new StringBuilder("{ currentFramework { ...D0 } }");
        deep.append(" fragment D0 on FrameworkVersion { themes { ...D1 } }");
        deep.append(" fragment D1 on FrameworkTheme { topics { ...D2 } }");
        deep.append(" fragment D2 on FrameworkTopic { aspects { ...D3 } }");
        deep.append(" fragment D3 on FrameworkAspect { indicators { code } }");
        supplier.client().post(deep.toString()).assertNoErrors();
    }

    @Test
    void rootMutationsPerRequestAreLimitedAndARefusedBatchChangesNothing() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Mutation Batch Buyer", "DE");
        long before = ((Number) em.createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue();
        StringBuilder q = new StringBuilder("mutation {");
        for (int i = 0; i < 500; i++) {
            q.append(" m").append(i).append(": setPersonAdmin(input: {membershipId: \"00000000-0000-0000-0000-000000000000\", admin: true}) { userErrors { code } }");
        }
        Gql.Result r = member.client().post(q.append(" }").toString());
        assertNull(r.get("data"), r.raw());
        assertTrue(r.errorCodes().contains("TOO_MANY_ALIASES") || r.errorCodes().contains("TOO_MANY_TOKENS")
                || r.errorCodes().contains("TOO_MANY_MUTATIONS"), r.raw());
        StringBuilder eleven = new StringBuilder("mutation {");
        for (int i = 0; i < 11; i++) {
            eleven.append(" m").append(i).append(": setPersonAdmin(input: {membershipId: \"00000000-0000-0000-0000-000000000000\", admin: true}) { userErrors { code } }");
        }
        Gql.Result e = member.client().post(eleven.append(" }").toString());
        assertEquals(List.of("TOO_MANY_MUTATIONS"), e.errorCodes(), e.raw());
        long after = ((Number) em.createNativeQuery("select count(*) from audit_event").getSingleResult()).longValue();
        assertEquals(before, after, "a refused batch appends no audit event");
    }
}
