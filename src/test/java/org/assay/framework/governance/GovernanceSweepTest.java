package org.assay.framework.governance;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scheduled sweep closes due proposals exactly once when two replicas run it at the same moment, and nothing else
 * needs to run for a due proposal to be decided.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GovernanceSweepTest {

    @Inject
    GovernanceSweep sweep;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void twoSweepsAtOnceCloseADueProposalOnce() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Sweep Voter", "DE");
        Gql.Result proposed = member.client().post("""
                mutation($in: ProposeIndicatorRetirementInput!) { proposeIndicatorRetirement(input: $in) {
                  proposal { id status } userErrors { field code message } } }""",
                vars("in", Map.of("indicatorCode", "GOV-POL-02", "rationale", "Covered by GOV-POL-01 since the last revision.",
                        "votingClosesAt", clock.now().plus(Duration.ofHours(2)).toString()))).assertNoErrors();
        assertEquals(List.of(), proposed.userErrorCodes("proposeIndicatorRetirement"), proposed.raw());
        String id = org.assay.platform.GlobalId.decode(proposed.string("data.proposeIndicatorRetirement.proposal.id")).orElseThrow().id().toString();

        clock.advance(Duration.ofHours(3));
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> awaitThen(start, sweep::sweep));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> awaitThen(start, sweep::sweep));
        start.countDown();
        int ra = a.get(60, TimeUnit.SECONDS), rb = b.get(60, TimeUnit.SECONDS);
        assertTrue(ra > 0 || rb > 0, "one sweep closed what was due: " + ra + ", " + rb);
        assertTrue(ra <= 0 || rb <= 0, "the other found nothing (0) or the job taken (-1): " + ra + ", " + rb);

        // one effect: one decision, one audit event for this proposal
        String status = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select status from change_proposal where id = cast(?1 as uuid)").setParameter(1, id).getSingleResult());
        assertNotEquals("OPEN", status);
        Number events = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from audit_event where operation = 'closeChangeProposal' and target_ids like ?1")
                .setParameter(1, "%" + id + "%").getSingleResult());
        assertEquals(1, events.intValue(), "closed exactly once");
        assertEquals(0, sweep.sweep(), "a later sweep finds nothing left to do");
    }

    private static <T> T awaitThen(CountDownLatch start, java.util.function.Supplier<T> work) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return work.get();
    }
}
