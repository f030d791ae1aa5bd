package org.assay.platform;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * docs/schema.graphql is the schema portals read first: it must match the running schema.
 * Regenerate with {@code ./mvnw test -Dtest=SchemaExportTest -Dassay.schema.write=true}.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SchemaExportTest {

    @Test
    void exportedSchemaIsCurrent() throws Exception {
        String live = given().auth().oauth2(org.assay.support.Gql.rootOperator().token()).get("/graphql/schema.graphql").then().statusCode(200).extract().asString().strip() + "\n";
        Path file = Path.of("docs/schema.graphql");
        if (Boolean.getBoolean("assay.schema.write")) {
            Files.writeString(file, live, StandardCharsets.UTF_8);
        }
        String exported = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        assertEquals(exported, live, "docs/schema.graphql is stale: regenerate it with "
                + "./mvnw test -Dtest=SchemaExportTest -Dassay.schema.write=true");
    }

    @Test
    void everyTypeAndFieldIsDescribed() {
        String live = given().auth().oauth2(org.assay.support.Gql.rootOperator().token()).get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        SchemaDescriptions.assertAllDescribed(live);
    }
}
