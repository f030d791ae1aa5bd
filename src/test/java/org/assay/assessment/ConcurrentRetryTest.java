package org.assay.assessment;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 18, observation 9: a retry sent while the first call still runs waits for it and answers its result. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ConcurrentRetryTest {

    @Inject
    EntityManager em;

    @Test
    void twentyConcurrentPublicationsWithOneKeyAllGetTheFirstResult() throws Exception {
        Scenarios.World w = Scenarios.world("Concurrent Retry");
        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        Scenarios.assign(id, w.body().organisationId());
        Scenarios.answerAll(w.body().client(), id, Scenarios.applicable(w.body().client(), id));
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", id))).assertNoErrors();
        String key = "publish-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Gql.Result>> calls = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", id, "idempotencyKey", key)));
                }));
            }
            start.countDown();
            for (Future<Gql.Result> f : calls) {
                Gql.Result r = f.get().assertNoErrors();
                assertEquals(List.of(), r.userErrorCodes("publishAssessment"), r.raw());
                assertEquals("PUBLISHED", r.string("data.publishAssessment.assessment.status"), r.raw());
            }
        } finally {
            pool.shutdownNow();
        }
        long publications = ((Number) em.createNativeQuery("select count(*) from audit_event where operation = 'publishAssessment' and target_ids like ?1")
                .setParameter(1, "%" + id + "%").getSingleResult()).longValue();
        assertEquals(1, publications, "published and audited once");
    }
}
