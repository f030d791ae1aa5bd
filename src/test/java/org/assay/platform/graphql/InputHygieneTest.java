package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.RawHttp;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 18, observations 4 and 5: NUL, unpaired surrogates and unbounded numbers are refused at the edge. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class InputHygieneTest {

    static final String CREATE_SITE = "mutation($in: CreateSiteInput!) { createSite(input: $in) { site { id } userErrors { field code message } } }";

    @Test
    void nulAndUnpairedSurrogatesInVariablesAndLiteralsAreInvalidArguments() {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Hygiene Mining", "CD");
        String token = supplier.client().token();
        for (String bad : new String[]{"Pit\\u00003", "Pit \\ud800 3", "Pit \\udc00"}) {
            String body = "{\"query\":\"" + CREATE_SITE.replace("\"", "\\\"") + "\",\"variables\":{\"in\":{\"name\":\"" + bad
                    + "\",\"kind\":\"MINE\",\"country\":\"CD\",\"minerals\":[\"COBALT\"],\"stage\":\"EXTRACTION\",\"inCahra\":false}}}";
            RawHttp.Reply r = RawHttp.postGraphQL(body, "Content-Type", "application/json", "Authorization", "Bearer " + token);
            assertEquals(200, r.status(), r.body());
            JsonObject json = new JsonObject(r.body());
            assertFalse(json.containsKey("data"), r.body());
            assertEquals("INVALID_ARGUMENT", json.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"));
            assertFalse(r.body().contains("System error"), r.body());
            RawHttp.Reply gql = RawHttp.postGraphQL(body, "Content-Type", "application/json", "Accept", "application/graphql-response+json",
                    "Authorization", "Bearer " + token);
            assertEquals(400, gql.status(), gql.body());
        }
        Gql.Result literal = supplier.client().post("mutation { createSite(input: {name: \"Pit\\u00003\", kind: MINE, country: \"CD\", "
                + "minerals: [COBALT], stage: EXTRACTION, inCahra: false}) { site { id } } }");
        assertEquals(List.of("INVALID_ARGUMENT"), literal.errorCodes(), literal.raw());
        Gql.Result query = supplier.client().post("query($p: String) { supplierDirectory(search: {namePrefix: $p}) { nodes { id } } }", vars("p", "\u0000"));
        assertEquals(List.of("INVALID_ARGUMENT"), query.errorCodes(), query.raw());
        // Nothing was created.
        Gql.Result sites = supplier.client().post("{ mySupplierProfile { sites { name } } }");
        assertTrue(sites.raw().contains("[]") || !sites.raw().contains("Pit"), sites.raw());
    }

    @Test
    void unboundedNumbersAreRefusedAndNumericAnswersHaveARange() {
        Scenarios.World w = Scenarios.world("Numbers");
        String id = Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "DESK_REVIEW");
        Scenarios.assign(id, w.body().organisationId());
        List<String> applicable = Scenarios.applicable(w.body().client(), id);
        String number = Scenarios.firstOfType(applicable, "NUMBER");
        String token = w.body().client().token();
        String save = Scenarios.SAVE.replace("\"", "\\\"").replace("\n", " ");
        for (String n : new String[]{"1e999999999", "1e400", "-1e999999999", "1e-400", "1" + "0".repeat(30)}) {
            String body = "{\"query\":\"" + save + "\",\"variables\":{\"in\":{\"assessmentId\":\"" + id + "\",\"answers\":[{\"indicatorCode\":\""
                    + number + "\",\"number\":" + n + "}]}}}";
            RawHttp.Reply r = RawHttp.postGraphQL(body, "Content-Type", "application/json", "Authorization", "Bearer " + token);
            assertTrue(r.status() == 200 || r.status() == 400, r.body());
            assertTrue(r.body().contains("INVALID_ARGUMENT") || r.body().contains("BAD_REQUEST"), n + " → " + r.body());
            assertFalse(r.body().contains("\"data\""), r.body());
        }
        Gql.Result literal = w.body().client().post("mutation { saveAnswers(input: {assessmentId: \"" + id + "\", answers: [{indicatorCode: \""
                + number + "\", number: 1e999999999}]}) { userErrors { code } } }");
        assertEquals(List.of("INVALID_ARGUMENT"), literal.errorCodes(), literal.raw());
        // Within the edge's bound but outside the answer's declared range or scale: a user error, nothing stored.
        for (Object n : new Object[]{new java.math.BigDecimal("1e13"), new java.math.BigDecimal("0.0000001"), -5}) {
            Gql.Result r = w.body().client().post(Scenarios.SAVE, vars("in", Map.of("assessmentId", id,
                    "answers", List.of(Map.of("indicatorCode", number, "number", n))))).assertNoErrors();
            assertEquals(List.of("OUT_OF_RANGE"), r.userErrorCodes("saveAnswers"), r.raw());
        }
        Gql.Result ok = w.body().client().post(Scenarios.SAVE, vars("in", Map.of("assessmentId", id,
                "answers", List.of(Map.of("indicatorCode", number, "number", new java.math.BigDecimal("12.5")))))).assertNoErrors();
        assertEquals(List.of(), ok.userErrorCodes("saveAnswers"), ok.raw());
    }

    @Test
    void csvExportAndDocumentsRefuseNulWith400() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Hygiene Buyer", "DE");
        RawHttp.Reply csv = RawHttp.send("GET", "/portfolio/export.csv?namePrefix=%00", null, "Authorization", "Bearer " + member.client().token());
        assertEquals(400, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("application/json"), csv.contentType());
        assertTrue(csv.body().contains("INVALID_ARGUMENT"), csv.body());
        RawHttp.Reply doc = RawHttp.send("GET", "/documents/%00", null, "Authorization", "Bearer " + member.client().token());
        assertTrue(doc.status() == 400 || doc.status() == 404, doc.body());
    }

    @Test
    void malformedMultipartUploadsAre4xxWithAJsonBody() {
        Fixtures.Party body = Scenarios.accreditedBody("Multipart Auditors");
        String token = body.client().token();
        byte[] part = ("--right\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.4 x\r\n--right--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (String boundary : new String[]{"wrong", "x".repeat(10_000), "", "\"unterminated"}) {
            RawHttp.Reply r = RawHttp.send("POST", "/documents", part, "Content-Type", "multipart/form-data; boundary=" + boundary,
                    "Authorization", "Bearer " + token);
            assertTrue(r.status() >= 400 && r.status() < 500, boundary.length() + " → " + r.status() + " " + r.body());
            assertTrue(r.contentType() != null && r.contentType().startsWith("application/json"), boundary.length() + " → " + r.status() + " " + r.contentType());
        }
    }

    @Test
    void plainRules() {
        assertNull(org.assay.platform.InputHygiene.stringProblem("Kolwezi 😀 Пит"));
        assertTrue(org.assay.platform.InputHygiene.stringProblem("a\u0000b") != null);
        assertTrue(org.assay.platform.InputHygiene.stringProblem("a\ud800b") != null);
        assertTrue(org.assay.platform.InputHygiene.stringProblem("\udc00") != null);
        assertNull(org.assay.platform.InputHygiene.numberProblem(new java.math.BigDecimal("123456789012345.123456789012345")));
        assertTrue(org.assay.platform.InputHygiene.numberProblem(new java.math.BigDecimal("1e16")) != null);
        assertTrue(org.assay.platform.InputHygiene.numberProblem(new java.math.BigDecimal("1e-16")) != null);
        assertNull(org.assay.platform.InputHygiene.numberProblem(new java.math.BigDecimal("0e-999999")));
        assertNull(org.assay.assessment.NumberRange.problem(new java.math.BigDecimal("100"), "%"));
        assertTrue(org.assay.assessment.NumberRange.problem(new java.math.BigDecimal("100.5"), "%") != null);
        assertTrue(org.assay.assessment.NumberRange.problem(new java.math.BigDecimal("1.1234567"), "m3/t") != null);
        assertNull(org.assay.assessment.NumberRange.problem(new java.math.BigDecimal("1.123456"), "m3/t"));
    }
}
