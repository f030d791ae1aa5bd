package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The response body as bytes on the wire (issue 16: the result is written by a streaming generator,
 * {@link ResultWriter}): member order, dates, enums, nulls, non-ASCII text and errors exactly as clients have read them.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class ResponseSerializationTest {

    @Test
    void datesEnumsNullsAndErrorsAsOnTheWire() {
        String name = Fixtures.unique("Zürich – Kupfer \"Nord\"");
        String id = Fixtures.admitNode("SUPPLIER", name, "CH");
        Gql.Result r = Gql.rootOperator().post("""
                query($id: ID!) { organisation(id: $id) { kind name status admittedAt identifiers { duns } }
                                  unknown: node(id: "not-a-global-id") { id } }""", vars("id", id));
        assertEquals(200, r.status());
        String raw = r.raw();
        // errors first, then data.
        assertTrue(raw.startsWith("{\"errors\":[{\"message\":"), raw);
        String errors = raw.substring(0, raw.indexOf(",\"data\":"));
        assertTrue(errors.contains("\"path\":[\"unknown\"]") && errors.contains("\"code\":\"INVALID_ARGUMENT\""), raw);
        String data = raw.substring(raw.indexOf(",\"data\":"));
        String escapedName = name.replace("\"", "\\\"");
        assertTrue(Pattern.compile("^,\"data\":\\{\"organisation\":\\{\"kind\":\"SUPPLIER\",\"name\":\"" + Pattern.quote(escapedName)
                        + "\",\"status\":\"ACTIVE\",\"admittedAt\":\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}[^\"]*\","
                        + "\"identifiers\":\\{\"duns\":null}},\"unknown\":null}(,\"extensions\":\\{\"cost\":\\{.*}})?}$")
                .matcher(data).find(), data);
    }
}
