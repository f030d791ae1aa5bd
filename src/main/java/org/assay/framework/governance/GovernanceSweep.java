package org.assay.framework.governance;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.OnceAcrossReplicas;

/**
 * Closes change proposals whose voting window has ended, on a schedule ({@code assay.governance.sweep-every}, default
 * every minute), on one replica at a time (advisory lock; the framework lock and row locks inside
 * {@link GovernanceService#closeDue()} would make a second closer a no-op anyway). Between two sweeps, a proposal that is
 * read, voted on or decided, a threshold change and any change to the framework's draft or publication close what is
 * due first, so nobody sees or acts on an undecided proposal whose window has ended.
 */
@ApplicationScoped
public class GovernanceSweep {

    @Inject
    GovernanceService governance;

    @Inject
    OnceAcrossReplicas once;

    @Scheduled(identity = "close-due-proposals", every = "${assay.governance.sweep-every:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        sweep();
    }

    /** @return the number of proposals this call closed, or -1 when another replica was sweeping */
    public int sweep() {
        Integer closed = once.run("close-due-proposals", governance::closeDueNow);
        return closed == null ? -1 : closed;
    }
}
