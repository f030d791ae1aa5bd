package org.assay.platform;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * When what a token's person is (membership, organisation status or kind) may have changed, on every replica. Whoever
 * keeps identities between requests ({@code membership.MembershipIdentityAugmentor}) stamps what it keeps with
 * {@link #generation()} read <em>before</em> its lookup, and uses it only while {@link #current(long)} says so.
 *
 * <ul>
 *   <li>Every replica LISTENs on channel {@code assay_identity}, which triggers of V165 notify at the commit of any
 *   transaction that changes a membership row or an organisation's status or kind: the generation moves on.</li>
 *   <li>On the replica that made the change the generation moves on synchronously when the transaction completes
 *   ({@link #changed()}, called by the services that change memberships and organisation status), before the mutation's
 *   response is written — so the next request, from anyone, sees the change.</li>
 *   <li>While the listening connection is not established (at start, after a failure, during a database outage)
 *   nothing is current: every request looks its identity up. A reconnection moves the generation on, so a change
 *   committed while nobody listened is not missed.</li>
 * </ul>
 *
 * <p>The listening connection is a plain JDBC connection of its own: {@code assay.identity.listen-url} when set (it must
 * be, to a direct PostgreSQL address, when the datasource goes through a transaction-mode pooler such as PgBouncer,
 * which does not keep LISTEN), otherwise the datasource's URL — never a connection of the datasource's pool.
 */
@ApplicationScoped
public class IdentityChanges {

    private static final Logger LOG = Logger.getLogger(IdentityChanges.class);
    static final String CHANNEL = "assay_identity";

    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Thread listener;
    private final Executor timeouts = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "assay-identity-listener-timeout");
        t.setDaemon(true);
        return t;
    });

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** A direct JDBC URL for the listening connection (user and password those of the datasource). */
    @ConfigProperty(name = "assay.identity.listen-url")
    Optional<String> listenUrl;

    /** How often the listening connection is checked when no notification arrives. */
    @ConfigProperty(name = "assay.identity.listen-check", defaultValue = "5s")
    Duration check;

    /** Off: identities are looked up on every request (no listener). */
    @ConfigProperty(name = "assay.identity.cache.enabled", defaultValue = "true")
    boolean enabled;

    void start(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        running = true;
        Thread t = new Thread(this::listen, "assay-identity-listener");
        t.setDaemon(true);
        listener = t;
        t.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        listening = false;
        Thread t = listener;
        if (t != null) {
            t.interrupt();
        }
    }

    /** The generation to stamp a lookup with; read it before the lookup. */
    public long generation() {
        return generation.get();
    }

    /** Whether what was looked up at {@code stamp} may still be used. */
    public boolean current(long stamp) {
        return listening && stamp == generation.get();
    }

    /**
     * The current transaction changes who someone is: forget every kept identity on this replica when it completes
     * (other replicas learn it from the notification of the same commit). Outside a transaction: at once.
     */
    public void changed() {
        if (transactions.getTransactionKey() == null) {
            moveOn();
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    moveOn();
                }
            }
        });
    }

    private void moveOn() {
        generation.incrementAndGet();
    }

    private void listen() {
        long backoff = 200;
        while (running) {
            try (Connection c = open()) {
                c.setAutoCommit(true);
                c.setNetworkTimeout(timeouts, (int) Math.max(1000, check.toMillis() * 3));
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                moveOn(); // whatever changed while nobody listened
                listening = true;
                backoff = 200;
                LOG.debug("listening for identity changes");
                while (running) {
                    PGNotification[] notes = pg.getNotifications((int) check.toMillis());
                    if (notes != null && notes.length > 0) {
                        moveOn();
                    } else {
                        try (Statement s = c.createStatement()) {
                            s.execute("select 1"); // a broken connection fails here: stop trusting what is kept
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                moveOn();
                if (running) {
                    LOG.debugf("identity change listener: %s; looking identities up on every request until it reconnects", e.toString());
                }
            } finally {
                listening = false;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(5000, backoff * 2);
            }
        }
    }

    /**
     * A connection of its own, never one of the datasource's pool: held for as long as it listens, and during an outage
     * it would otherwise keep taking (and handing back) the pool's dead connections while requests need them.
     */
    private Connection open() throws SQLException {
        var config = ConfigProvider.getConfig();
        String url = listenUrl.filter(u -> !u.isBlank())
                .or(() -> config.getOptionalValue("quarkus.datasource.jdbc.url", String.class))
                .orElseThrow(() -> new SQLException("no JDBC URL to listen on (assay.identity.listen-url, quarkus.datasource.jdbc.url)"));
        return DriverManager.getConnection(url, config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }
}
