package org.assay.platform;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters (Micrometer, exported at {@code /q/metrics}) that count a fact once it is true: inside a transaction
 * the count is added when the transaction commits, so a rolled-back mutation counts nothing. Each feature names its own
 * facts ({@code assay.assessments.published}, {@code assay.sharing.grants.given}, …; docs/operations.md lists them).
 * Tags must come from closed sets (enums), never from client input.
 */
@ApplicationScoped
public class CommittedFacts {

    @Inject
    MeterRegistry registry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Counts one {@code fact} (a counter name) with the given tag keys and values, when the current transaction commits. */
    public void count(String fact, String... tags) {
        var counter = registry.counter(fact, tags);
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            counter.increment();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    counter.increment();
                }
            }
        });
    }
}
