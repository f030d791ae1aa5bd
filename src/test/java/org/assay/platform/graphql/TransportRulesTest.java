package org.assay.platform.graphql;

import org.assay.platform.MultipartBoundaryCheck;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The plain rules of the transport, table-driven (no Quarkus). */
class TransportRulesTest {

    @Test
    void requestMediaTypes() {
        assertNull(GraphQLEndpoint.requestTypeProblem("application/json"));
        assertNull(GraphQLEndpoint.requestTypeProblem("application/json; charset=utf-8"));
        assertNull(GraphQLEndpoint.requestTypeProblem("Application/JSON;charset=\"UTF-8\""));
        for (String refused : new String[]{null, "", "application/json; charset=ebcdic", "application/json;charset=latin1", "text/plain",
                "application/graphql", "multipart/form-data; boundary=x"}) {
            assertEquals(true, GraphQLEndpoint.requestTypeProblem(refused) != null, refused);
        }
    }

    @Test
    void multipartBoundaries() {
        for (String ok : new String[]{"multipart/form-data; boundary=abc", "multipart/form-data; boundary=\"a b c\"",
                "multipart/form-data;boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW", "multipart/form-data; boundary=" + "x".repeat(70)}) {
            assertEquals(true, MultipartBoundaryCheck.valid(ok), ok);
        }
        for (String bad : new String[]{"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"unterminated",
                "multipart/form-data; boundary=" + "x".repeat(71), "multipart/form-data; boundary=a b"}) {
            assertEquals(false, MultipartBoundaryCheck.valid(bad), bad);
        }
    }

    @Test
    void envelopes() {
        Envelope e = Envelope.read("{\"query\":\"{ a }\",\"operationName\":null,\"variables\":{\"x\":[1,2.5,{\"y\":\"z\"}]},\"extensions\":{}}"
                .getBytes(), 32, 40);
        assertEquals("{ a }", e.query());
        for (String bad : new String[]{"[]", "{\"query\":1}", "{\"query\":\"{ a }\",\"variables\":[]}", "{\"query\":\"{ a }\"}{}",
                "{\"query\":\"{ a }\",\"variables\":{\"x\":\"\\u0000\"}}", "{\"query\":\"{ a }\",\"variables\":{\"x\":1e400}}"}) {
            assertThrows(RequestRefused.class, () -> Envelope.read(bad.getBytes(), 32, 40), bad);
        }
    }
}
