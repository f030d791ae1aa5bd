package org.assay.platform;

import org.eclipse.microprofile.config.spi.ConfigSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Set;

/**
 * The port of the embedded PostgreSQL (dev mode and tests, when no JDBC URL is configured): a port free on both loopback
 * addresses. Left to itself the embedded database can pick 5432 while the machine's PostgreSQL listens on 127.0.0.1:5432
 * only; the embedded server then fails to bind and the tests silently run against the machine's {@code postgres}
 * database, with whatever other runs left there. Lowest priority: {@code quarkus.embedded.postgresql.port} set anywhere
 * else wins. Harmless where the extension is absent or a JDBC URL is set (nothing reads the key then).
 */
public class EmbeddedDatabasePort implements ConfigSource {

    private static final String KEY = "quarkus.embedded.postgresql.port";
    private volatile String port;

    /** None listed: the value is only given when asked for, so a build without the extension never sees the key. */
    @Override
    public Set<String> getPropertyNames() {
        return Set.of();
    }

    @Override
    public String getValue(String name) {
        if (!KEY.equals(name)) {
            return null;
        }
        if (port == null) {
            port = Integer.toString(freePort());
        }
        return port;
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of();
    }

    @Override
    public int getOrdinal() {
        return 50;
    }

    @Override
    public String getName() {
        return "assay-embedded-postgresql-port";
    }

    static int freePort() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate;
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
                candidate = s.getLocalPort();
            } catch (IOException e) {
                throw new IllegalStateException("no free port on 127.0.0.1", e);
            }
            if (freeOn("::1", candidate) && freeOn("0.0.0.0", candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no port free on every loopback address");
    }

    private static boolean freeOn(String address, int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName(address), port));
            return true;
        } catch (IOException e) {
            return !"0.0.0.0".equals(address) && e instanceof java.net.SocketException && e.getMessage() != null
                    && e.getMessage().contains("Cannot assign requested address"); // no IPv6 loopback: nothing to clash with
        }
    }
}
