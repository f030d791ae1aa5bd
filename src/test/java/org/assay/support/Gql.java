package org.assay.support;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;

/**
 * A GraphQL client as portals use it: HTTP POST to /graphql with a signed bearer token
 * (issued by the OIDC mock and validated by quarkus-oidc for real).
 */
public final class Gql {

    private final String token;

    private Gql(String token) {
        this.token = token;
    }

    /** A signed-in person with OIDC subject {@code subject} ({@code sub}, also its username) and the given IdP roles. */
    public static Gql as(String subject, String... idpRoles) {
        return new Gql(Tokens.forSubject(subject).groups(Set.of(idpRoles)).sign());
    }

    /** A caller presenting exactly this token. */
    public static Gql withToken(String token) {
        return new Gql(token);
    }

    public static Gql anonymous() {
        return new Gql(null);
    }

    /** A person holding the bootstrap operator role of the IdP. */
    public static Gql rootOperator() {
        return as("root-operator", "assay-operator");
    }

    public String token() {
        return token;
    }

    public Result post(String query) {
        return post(query, Map.of());
    }

    public Result post(String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        var spec = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            spec = spec.auth().oauth2(token);
        }
        Response r = spec.post("/graphql");
        return new Result(r.statusCode(), r.body().asString(), r.jsonPath());
    }

    /** Convenience: variables map from alternating keys and values. */
    public static Map<String, Object> vars(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** A GraphQL response. */
    public record Result(int status, String raw, JsonPath json) {

        public <T> T get(String path) {
            return json.get(path);
        }

        public String string(String path) {
            Object v = json.get(path);
            return v == null ? null : v.toString();
        }

        public List<Map<String, Object>> errors() {
            List<Map<String, Object>> e = json.getList("errors");
            return e == null ? List.of() : e;
        }

        /** The codes in {@code errors[].extensions.code}. */
        public List<String> errorCodes() {
            return errors().stream().map(e -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> ext = (Map<String, Object>) e.get("extensions");
                return ext == null ? null : String.valueOf(ext.get("code"));
            }).toList();
        }

        public Result assertNoErrors() {
            if (!errors().isEmpty()) {
                throw new AssertionError("unexpected GraphQL errors: " + raw);
            }
            return this;
        }

        public Result assertErrorCode(String code) {
            if (!errorCodes().contains(code)) {
                throw new AssertionError("expected error code " + code + " but got: " + raw);
            }
            return this;
        }

        /** userErrors of the payload at {@code payloadPath}, as their field paths joined with dots ({@code input.rows.3.supplierId}). */
        public List<String> userErrorFields(String payloadPath) {
            List<List<String>> fields = json.getList("data." + payloadPath + ".userErrors.field");
            return fields == null ? List.of() : fields.stream().map(f -> f == null ? null : String.join(".", f)).toList();
        }

        /** userErrors of the payload at {@code payloadPath}, as codes. */
        public List<String> userErrorCodes(String payloadPath) {
            List<String> codes = json.getList("data." + payloadPath + ".userErrors.code");
            return codes == null ? List.of() : codes;
        }
    }
}
