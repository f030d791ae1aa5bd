package org.assay.packaged;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/**
 * The switch that removes introspection for everyone, members included
 * ({@code ASSAY_GRAPHQL_FIELD_VISIBILITY=no-introspection}), in the packaged jar: the schema cannot be discovered, the
 * API still answers. Production uses the default members-only policy instead ({@code ASSAY_GRAPHQL_INTROSPECTION=members},
 * {@link PackagedServiceIT#introspectionIsForSignedInMembersByDefault}).
 */
@QuarkusIntegrationTest
@TestProfile(IntrospectionPolicyIT.NoIntrospection.class)
@WithTestResource(ThrowawayDatabase.class)
@WithTestResource(ProdIdentityProvider.class)
class IntrospectionPolicyIT {

    public static class NoIntrospection implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ASSAY_GRAPHQL_FIELD_VISIBILITY", "no-introspection");
        }

        @Override
        public String getConfigProfile() {
            return "prod";
        }
    }

    @Test
    void introspectionIsRefusedAndOperationsStillRun() {
        String token = ProdIdentityProvider.token("it-introspection", Set.of("assay-operator"), ProdIdentityProvider.AUDIENCE);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", "{ __schema { queryType { name } } }"))
                .post("/graphql").then().statusCode(200).body("data.__schema", nullValue()).body("errors", notNullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("query", "{ me { role } }"))
                .post("/graphql").then().statusCode(200).body("data.me.role", equalTo("OPERATOR"));
    }
}
