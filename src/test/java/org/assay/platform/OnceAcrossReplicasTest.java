package org.assay.platform;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same job started twice at once (two replicas' schedulers firing together) runs once. */
@QuarkusTest
class OnceAcrossReplicasTest {

    @Inject
    OnceAcrossReplicas once;

    @Test
    void aJobHeldByOneRunnerIsSkippedByTheOther() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> once.run("test-job", () -> {
            runs.incrementAndGet();
            holding.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "first";
        }));
        assertTrue(holding.await(30, TimeUnit.SECONDS), "the first runner took the job");
        // a second runner (another connection, as another replica would have) while the first holds the job
        String second = CompletableFuture.supplyAsync(() -> once.run("test-job", () -> {
            runs.incrementAndGet();
            return "second";
        })).get(30, TimeUnit.SECONDS);
        release.countDown();
        assertEquals("first", first.get(30, TimeUnit.SECONDS));
        assertNull(second, "skipped while another runner held the job");
        assertEquals(1, runs.get());
        // once the first committed, the job can run again (idempotent jobs find nothing left to do)
        assertEquals("again", once.run("test-job", () -> "again"));
        // other jobs are not held by this one
        assertEquals("other", once.run("other-job", () -> "other"));
    }
}
