package org.assay.platform;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.OwnDatabaseProfile;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, observation 9: while the database is unreachable every request answers 503 with Retry-After and
 * SERVICE_UNAVAILABLE (the membership lookup at sign-in used to fail with 500), readiness is DOWN, and service resumes
 * once the database is back (within one failed request per pooled connection; how fast is the benchmark's matter). The test stops the embedded PostgreSQL of its own service start (SIGINT to
 * the postmaster) and starts it again on the same port and data directory, with the options it was started with
 * (postmaster.opts). It runs by default: the database it stops is its own (OwnDatabaseProfile).
 */
@QuarkusTest
// Its own start with an embedded PostgreSQL of its own: stopping it leaves the database the other tests use alone.
@TestProfile(OwnDatabaseProfile.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageTest {

    @Inject
    EntityManager em;

    @Transactional
    String dataDirectory() {
        return (String) em.createNativeQuery("select setting from pg_settings where name = 'data_directory'").getSingleResult();
    }

    static boolean accepts(String url, String user, String password) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, user, password)) {
            return c.isValid(5);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    static void run(List<String> command) throws Exception {
        File out = File.createTempFile("assay-outage-cmd", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", command));
        assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + Files.readString(out.toPath()));
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = TimeUnit.MINUTES) // only so that a database that never comes back cannot hang the build
    void anOutageIs503AndServiceResumes() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Outage Firm", "DE");
        member.client().post("{ me { role } }").assertNoErrors();
        Path data = Path.of(dataDirectory());
        String pid = Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim();
        Path postgres = Path.of("/proc/" + pid + "/exe").toRealPath();
        String pgCtl = postgres.resolveSibling("pg_ctl").toString();
        String opts = Files.readString(data.resolve("postmaster.opts")).trim();
        List<String> args = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(opts);
        while (m.find()) {
            args.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        args.remove(0); // the postgres binary
        List<String> restartArgs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("-D")) {
                i++;
                continue;
            }
            restartArgs.add(args.get(i));
        }
        File log = File.createTempFile("assay-outage-pg", ".log");
        log.setWritable(true, false);
        // pg_ctl refuses to run as root; the server shuts down fast on SIGINT all the same
        ProcessHandle postmaster = ProcessHandle.of(Long.parseLong(pid)).orElseThrow();
        run(List.of("kill", "-INT", pid));
        postmaster.onExit().get(30, TimeUnit.SECONDS);
        try {
            Gql.Result during = member.client().post("{ me { role } }");
            assertEquals(503, during.status(), during.raw());
            assertEquals(List.of("SERVICE_UNAVAILABLE"), during.errorCodes(), during.raw());
            Response raw = given().auth().oauth2(member.client().token()).contentType("application/json")
                    .body("{\"query\":\"{ portfolio { nodes { id } } }\"}").post("/graphql");
            assertEquals(503, raw.statusCode(), raw.asString());
            assertNotNull(raw.getHeader("Retry-After"));
            // another route than GraphQL: the evidence download (the sign-in's membership lookup fails first)
            Response download = given().auth().oauth2(member.client().token()).get("/documents/" + java.util.UUID.randomUUID());
            assertEquals(503, download.statusCode(), download.asString());
            assertEquals(503, given().get("/q/health/ready").statusCode());
        } finally {
            // started again as it was (postmaster.opts), in the background; the loop below waits for it
            // as root, the way the embedded server was started (zonky: `unshare -U`, a user namespace where the test is
            // not root, which PostgreSQL requires)
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U"));
            }
            command.addAll(List.of(postgres.toString(), "-D", data.toString()));
            command.addAll(restartArgs);
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        }
        // wait until the restarted database accepts connections (the environment, not the service under test) ...
        var config = org.eclipse.microprofile.config.ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        while (!accepts(url, user, password)) {
            Thread.sleep(100);
        }
        // ... then the service answers again within a bounded number of requests: each dead pooled connection is
        // discarded at the first request that meets it, so at most one failure per connection of the pool
        int pool = config.getOptionalValue("quarkus.datasource.jdbc.max-size", Integer.class).orElse(20);
        int status = 0;
        for (int attempt = 0; attempt <= pool && status != 200; attempt++) {
            status = member.client().post("{ me { role } }").status();
        }
        assertEquals(200, status, "service did not resume once the database was back");
        assertEquals("MEMBER", member.client().post("{ me { role } }").assertNoErrors().string("data.me.role"));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
