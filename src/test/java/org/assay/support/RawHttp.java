package org.assay.support;

import io.restassured.RestAssured;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** HTTP exactly as sent (headers, bytes), for the transport tests and the fuzz suite, against the test instance. */
public final class RawHttp {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private RawHttp() {
    }

    public record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
    }

    public static URI uri(String path) {
        return URI.create(RestAssured.baseURI + ":" + RestAssured.port + path);
    }

    /** Sends {@code method path} with the given headers (name, value pairs) and body (null for none). */
    public static Reply send(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("content-type").orElse(null), r.body(), r.headers());
        } catch (Exception e) {
            throw new AssertionError("request failed: " + method + " " + path, e);
        }
    }

    public static Reply postGraphQL(String body, String... headers) {
        return send("POST", "/graphql", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers);
    }

    /** A JSON body {"query": …, "variables": …} written with Jackson. */
    public static String json(Map<String, ?> map) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(map);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
