package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import org.assay.support.Gql;
import org.assay.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The graphql-http project's GraphQL-over-HTTP audit suite (the one issue 18 measured with: 10 SHOULDs failed), run for
 * real with Node against this instance: every MUST and SHOULD passes. Only MAYs about GET may be unmet (GET is not
 * offered). Run as a member: anonymous callers may not introspect, and two audits use {@code __type}.
 * The suite is pinned in src/test/http-audit (package-lock.json); this test installs it with {@code npm ci} when missing.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class GraphQLOverHttpAuditTest {

    static final File DIR = new File("src/test/http-audit");

    @Test
    void everyMustAndShouldOfTheSpecificationPasses() throws Exception {
        if (!new File(DIR, "node_modules/graphql-http").isDirectory()) {
            assertEquals(0, run(List.of("npm", "ci", "--no-audit", "--no-fund"), 300).exit(), "npm ci in src/test/http-audit");
        }
        Run audit = run(List.of("node", "audit.mjs", RawHttp.uri("/graphql").toString(), Gql.rootOperator().token()), 120);
        assertEquals(0, audit.exit(), audit.output());
        List<String> failed = new ArrayList<>();
        int results = 0;
        for (String line : audit.output().split("\n")) {
            if (!line.startsWith("{")) {
                continue;
            }
            results++;
            JsonObject r = new JsonObject(line);
            boolean may = r.getString("name").startsWith("MAY");
            if (!"ok".equals(r.getString("status")) && !may) {
                failed.add(r.getString("id") + " " + r.getString("name") + ": " + r.getString("reason"));
            }
        }
        System.out.println("graphql-http audit: " + results + " audits, " + failed.size() + " MUST/SHOULD failed");
        assertTrue(results >= 50, audit.output());
        assertEquals(List.of(), failed);
    }

    record Run(int exit, String output) {
    }

    static Run run(List<String> command, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).directory(DIR).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), String.join(" ", command) + " did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
