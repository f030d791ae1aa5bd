package org.assay.platform.graphql;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.assay.platform.Clock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cost points per organisation and clock hour (GitHub's model: a fixed budget per hour, the remaining budget returned
 * with every response). Kept in PostgreSQL so that every replica counts against the same budget: one statement per
 * request adds its points unless they would exceed the budget, atomically (concurrent requests cannot overdraw).
 */
@ApplicationScoped
@Unremovable // looked up by the engine's instrumentation, which CDI does not see
public class CostBudget {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    GraphQLLimits limits;

    private final AtomicLong lastSweepHour = new AtomicLong();

    /** The outcome of a charge. */
    public record Charge(boolean granted, int limit, int remaining, Instant resetAt) {
    }

    /** Takes {@code points} from the key's budget of the current hour, or refuses without taking anything. */
    public Charge charge(String key, int points) {
        int limit = limits.pointsPerHour();
        Instant window = clock.now().truncatedTo(ChronoUnit.HOURS);
        Instant reset = window.plus(1, ChronoUnit.HOURS);
        if (points > limit) {
            return new Charge(false, limit, remaining(key, window, limit), reset);
        }
        try (Connection c = dataSource.getConnection()) {
            sweep(c, window);
            try (PreparedStatement s = c.prepareStatement("""
                    insert into api_cost_window (budget_key, window_start, points) values (?, ?, ?)
                    on conflict (budget_key, window_start) do update set points = api_cost_window.points + excluded.points
                      where api_cost_window.points + excluded.points <= ?
                    returning points""")) {
                s.setString(1, key);
                s.setTimestamp(2, Timestamp.from(window));
                s.setInt(3, points);
                s.setInt(4, limit);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        return new Charge(true, limit, limit - r.getInt(1), reset);
                    }
                }
            }
            return new Charge(false, limit, remaining(c, key, window, limit), reset);
        } catch (SQLException e) {
            throw new IllegalStateException("cost budget unavailable", e);
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
                return r.next() ? Math.max(0, limit - r.getInt(1)) : limit;
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
