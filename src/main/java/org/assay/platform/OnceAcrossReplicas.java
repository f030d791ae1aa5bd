package org.assay.platform;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.function.Supplier;

/**
 * Runs scheduled work on one replica at a time: every replica's scheduler fires, the first to take the job's
 * PostgreSQL advisory lock (transaction-scoped, {@code pg_try_advisory_xact_lock}) does the work in that transaction, the
 * others skip it at once. The lock is released when the work commits or rolls back, and with the session if a replica
 * dies, so no job is ever stuck. Jobs must be idempotent (a replica that fires just after another one finished runs it
 * again and finds nothing to do).
 */
@ApplicationScoped
public class OnceAcrossReplicas {

    @Inject
    EntityManager em;

    /**
     * Runs {@code work} in a new transaction if no other replica (or thread) is running the job {@code job} right now.
     *
     * @return the work's result, or {@code null} when another one holds the job
     */
    public <T> T run(String job, Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean mine = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, "assay.job." + job).getSingleResult();
            return Boolean.TRUE.equals(mine) ? work.get() : null;
        });
    }
}
