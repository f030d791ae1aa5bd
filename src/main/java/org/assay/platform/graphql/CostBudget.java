package org.assay.platform.graphql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cost points per organisation and clock hour (GitHub's model: a fixed budget per hour, the remaining budget returned
 * with every response). Kept in PostgreSQL so that every replica counts against the same budget (table
 * {@code api_cost_window}).
 *
 * <p>Each replica keeps a tally per budget key: the total it last read from PostgreSQL and the points it granted since.
 * While the total is known and a charge leaves more than a tenth of the budget, it is granted from the tally, and the
 * granted points reach PostgreSQL within a second ({@link #flush()}, and at shutdown) — one statement per key and second
 * instead of one per request, and no hot row that concurrent requests of one organisation queue on. The first charge of
 * a key in an hour on a replica, and every charge that would leave a tenth or less, adds its points in PostgreSQL at once,
 * atomically, unless they would exceed the budget (so the last points of a budget are never overdrawn by concurrent
 * requests). What other replicas granted in their last second may be missing from a total: the budget can be exceeded
 * by at most that.
 */
@ApplicationScoped
@Unremovable // looked up by the engine's instrumentation, which CDI does not see
public class CostBudget {

    private static final Logger LOG = Logger.getLogger(CostBudget.class);

    private static final String ADD_WITHIN_LIMIT = """
            insert into api_cost_window (budget_key, window_start, points) values (?, ?, ?)
            on conflict (budget_key, window_start) do update set points = api_cost_window.points + excluded.points
              where api_cost_window.points + excluded.points <= ?
            returning points""";

    private static final String ADD = """
            insert into api_cost_window (budget_key, window_start, points) values (?, ?, ?)
            on conflict (budget_key, window_start) do update set points = api_cost_window.points + excluded.points
            returning points""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    GraphQLLimits limits;

    private final AtomicLong lastSweepHour = new AtomicLong();

    /** Per budget key, this replica's tally of the current hour. */
    private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

    /** Tallies of past hours replaced by a new hour's, whose unwritten points the next flush writes. */
    private final java.util.Queue<Map.Entry<String, Tally>> retired = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** The outcome of a charge. */
    public record Charge(boolean granted, int limit, int remaining, Instant resetAt) {
    }

    /** One key's hour on this replica: the total last read from PostgreSQL and what was granted here since, not yet written. */
    private static final class Tally {
        final Instant window;
        long known = -1; // unknown until read
        long pending;

        Tally(Instant window) {
            this.window = window;
        }
    }

    /** Takes {@code points} from the key's budget of the current hour, or refuses without taking anything. */
    public Charge charge(String key, int points) {
        int limit = limits.pointsPerHour();
        Instant window = clock.now().truncatedTo(ChronoUnit.HOURS);
        Instant reset = window.plus(1, ChronoUnit.HOURS);
        if (points > limit) {
            return new Charge(false, limit, remaining(key, window, limit), reset);
        }
        Tally t = tallies.compute(key, (k, old) -> {
            if (old != null && old.window.equals(window)) return old;
            if (old != null) retired.add(Map.entry(k, old)); // its unwritten points go to its own hour at the next flush
            return new Tally(window);
        });
        long pendingToWrite;
        synchronized (t) {
            if (t.known >= 0 && t.known + t.pending + points <= limit - limit / 10L) {
                t.pending += points;
                return new Charge(true, limit, (int) (limit - t.known - t.pending), reset);
            }
            pendingToWrite = t.pending;
            t.pending = 0;
        }
        return chargeNow(key, t, pendingToWrite, points, limit, reset);
    }

    /** Writes what this replica granted unwritten, then adds {@code points} in PostgreSQL unless they would exceed the budget. */
    private Charge chargeNow(String key, Tally t, long pendingToWrite, int points, int limit, Instant reset) {
        try (Connection c = dataSource.getConnection()) {
            sweep(c, t.window);
            if (pendingToWrite > 0) {
                add(c, ADD, key, t.window, pendingToWrite, null);
                pendingToWrite = 0;
            }
            Long total = add(c, ADD_WITHIN_LIMIT, key, t.window, points, limit);
            if (total != null) {
                synchronized (t) {
                    t.known = Math.max(t.known, total); // totals only grow within an hour; a flush may have read an older one
                    return new Charge(true, limit, (int) Math.max(0, limit - t.known - t.pending), reset);
                }
            }
            int remaining = remaining(c, key, t.window, limit);
            synchronized (t) {
                t.known = limit - remaining;
            }
            return new Charge(false, limit, remaining, reset);
        } catch (SQLException e) {
            if (pendingToWrite > 0) {
                synchronized (t) {
                    t.pending += pendingToWrite; // granted already: written with the next flush
                }
            }
            throw new IllegalStateException("cost budget unavailable", e);
        }
    }

    /** Every second: what each key was granted on this replica reaches PostgreSQL, and its total is read back. */
    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void flushEverySecond() {
        flush();
    }

    void flushAtShutdown(@Observes ShutdownEvent event) {
        flush();
    }

    /** Writes every tally's granted points to PostgreSQL now (and forgets the tallies of past hours). */
    public synchronized void flush() { // one at a time: when it returns, everything granted before it was called is written
        Instant window = clock.now().truncatedTo(ChronoUnit.HOURS);
        for (Map.Entry<String, Tally> e : tallies.entrySet()) {
            if (!e.getValue().window.equals(window) && tallies.remove(e.getKey(), e.getValue())) {
                retired.add(e);
            } else {
                writePending(e.getKey(), e.getValue());
            }
        }
        java.util.List<Map.Entry<String, Tally>> notWritten = new java.util.ArrayList<>();
        for (Map.Entry<String, Tally> e; (e = retired.poll()) != null; ) {
            writePending(e.getKey(), e.getValue()); // out of the map: nothing is granted from it any more
            synchronized (e.getValue()) {
                if (e.getValue().pending > 0) notWritten.add(e); // the database refused: again at the next flush
            }
        }
        retired.addAll(notWritten);
    }

    private void writePending(String key, Tally t) {
        long pending;
        synchronized (t) {
            pending = t.pending;
            t.pending = 0;
        }
        if (pending > 0) {
            write(key, t, pending);
        }
    }

    /** Adds granted points to the tally's hour; on failure they stay pending for the next flush. */
    private void write(String key, Tally t, long points) {
        try (Connection c = dataSource.getConnection()) {
            Long total = add(c, ADD, key, t.window, points, null);
            synchronized (t) {
                if (total != null) t.known = Math.max(t.known, total);
            }
        } catch (SQLException e) {
            synchronized (t) {
                t.pending += points;
            }
            LOG.debugf("cost budget not written yet (%s): %s", key, e.getMessage());
        }
    }

    /** Adds {@code points} to the key's hour (only within {@code limit} when given); the new total, or null when refused. */
    private static Long add(Connection c, String sql, String key, Instant window, long points, Integer limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.setTimestamp(2, Timestamp.from(window));
            s.setLong(3, points);
            if (limit != null) {
                s.setLong(4, limit);
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : null;
            }
        }
    }

    private int remaining(String key, Instant window, int limit) {
        try (Connection c = dataSource.getConnection()) {
            return remaining(c, key, window, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("cost budget unavailable", e);
        }
    }

    private static int remaining(Connection c, String key, Instant window, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select points from api_cost_window where budget_key = ? and window_start = ?")) {
            s.setString(1, key);
            s.setTimestamp(2, Timestamp.from(window));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? (int) Math.max(0, limit - r.getLong(1)) : limit;
            }
        }
    }

    /** Once an hour per replica: forget the windows of past hours. */
    private void sweep(Connection c, Instant window) throws SQLException {
        long hour = window.getEpochSecond() / 3600;
        long last = lastSweepHour.get();
        if (last != hour && lastSweepHour.compareAndSet(last, hour)) {
            try (PreparedStatement s = c.prepareStatement("delete from api_cost_window where window_start < ?")) {
                s.setTimestamp(1, Timestamp.from(window.minus(1, ChronoUnit.HOURS)));
                s.executeUpdate();
            }
        }
    }
}
