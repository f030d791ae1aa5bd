package org.assay.framework;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.framework.FrameworkFixtures.current;
import static org.assay.framework.FrameworkFixtures.ensureNoDraft;
import static org.assay.framework.FrameworkFixtures.export;
import static org.assay.framework.FrameworkFixtures.operator;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Recognised schemes (operator-maintained, readable by all) and their equivalence to indicators of the draft. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CertificationApiTest {

    static final String SCHEME = "{ code name issuer description active createdAt }";

    static Gql.Result schemeMutation(Gql who, String mutation, String inputType, Map<String, Object> input) {
        return who.post("mutation($in: " + inputType + "!) { " + mutation + "(input: $in) { scheme " + SCHEME
                + " userErrors { field code message } } }", vars("in", input));
    }

    static Gql.Result setEquivalence(String versionId, String scheme, String indicator, Boolean yes, Integer maturity) {
        Map<String, Object> in = new HashMap<>(Map.of("versionId", versionId, "schemeCode", scheme, "indicatorCode", indicator));
        if (yes != null) in.put("impliedYes", yes);
        if (maturity != null) in.put("impliedMaturity", maturity);
        return operator().post("""
                mutation($in: SetCertificationEquivalenceInput!) { setCertificationEquivalence(input: $in) {
                  equivalence { schemeCode schemeName schemeActive indicatorCode impliedYes impliedMaturity } userErrors { field code message } } }""",
                vars("in", in)).assertNoErrors();
    }

    @Test
    void theSeededSchemesAreReadableByEveryRole() {
        List<String> seeded = List.of("ASI", "COPPER_MARK", "IRMA", "ISO_14001", "ISO_45001", "RESPONSIBLE_STEEL", "RMI_RMAP");
        for (String kind : List.of("MEMBER_FIRM", "SUPPLIER", "ASSESSMENT_BODY")) {
            Gql who = Fixtures.party(kind, "Scheme reader", "DE").client();
            List<String> codes = who.post("{ certificationSchemes(includeInactive: true) " + SCHEME + " }").assertNoErrors()
                    .json().getList("data.certificationSchemes.code");
            assertTrue(codes.containsAll(seeded), codes.toString());
        }
        Gql.anonymous().post("{ certificationSchemes { code } }").assertErrorCode("unauthorized");
    }

    @Test
    void theOperatorMaintainsSchemes() {
        String code = "TEST_SCHEME_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        Gql member = Fixtures.party("MEMBER_FIRM", "Scheme Member", "DE").client();
        schemeMutation(member, "createCertificationScheme", "CreateCertificationSchemeInput",
                Map.of("code", code, "name", "X", "issuer", "Y")).assertErrorCode("forbidden");

        Gql.Result bad = schemeMutation(operator(), "createCertificationScheme", "CreateCertificationSchemeInput",
                Map.of("code", "iso 9001", "name", " ", "issuer", "ISO")).assertNoErrors();
        assertEquals(List.of("input.code", "input.name"), bad.userErrorFields("createCertificationScheme"));
        assertEquals(List.of("DUPLICATE"), schemeMutation(operator(), "createCertificationScheme", "CreateCertificationSchemeInput",
                Map.of("code", "ISO_14001", "name", "Again", "issuer", "ISO")).assertNoErrors().userErrorCodes("createCertificationScheme"));

        Gql.Result created = schemeMutation(operator(), "createCertificationScheme", "CreateCertificationSchemeInput",
                Map.of("code", code, "name", "Test scheme", "issuer", "Test body", "description", "For tests")).assertNoErrors();
        assertEquals(List.of(), created.userErrorCodes("createCertificationScheme"));
        assertEquals(true, created.<Boolean>get("data.createCertificationScheme.scheme.active"));

        Gql.Result updated = schemeMutation(operator(), "updateCertificationScheme", "UpdateCertificationSchemeInput",
                Map.of("code", code, "name", "Renamed scheme")).assertNoErrors();
        assertEquals("Renamed scheme", updated.string("data.updateCertificationScheme.scheme.name"));
        assertEquals("Test body", updated.string("data.updateCertificationScheme.scheme.issuer"));

        Gql.Result off = schemeMutation(operator(), "deactivateCertificationScheme", "CertificationSchemeRefInput", Map.of("code", code)).assertNoErrors();
        assertEquals(false, off.<Boolean>get("data.deactivateCertificationScheme.scheme.active"));
        assertEquals(List.of("ALREADY_INACTIVE"), schemeMutation(operator(), "deactivateCertificationScheme", "CertificationSchemeRefInput",
                Map.of("code", code)).assertNoErrors().userErrorCodes("deactivateCertificationScheme"));
        assertFalse(operator().post("{ certificationSchemes { code } }").assertNoErrors().json().getList("data.certificationSchemes.code").contains(code));
        assertTrue(schemeMutation(operator(), "reactivateCertificationScheme", "CertificationSchemeRefInput", Map.of("code", code))
                .assertNoErrors().<Boolean>get("data.reactivateCertificationScheme.scheme.active"));
    }

    @Test
    void equivalencesAreMaintainedOnTheDraftWithFittingImpliedAnswers() {
        ensureNoDraft();
        String published = (String) current().get("id");
        // a draft, via export and import of the current version
        String json = new String(export(operator(), published, "export.json").asByteArray(), StandardCharsets.UTF_8);
        String draft = operator().post("mutation($in: ImportFrameworkInput!) { importFramework(input: $in) { version { id } } }",
                vars("in", Map.of("document", json))).assertNoErrors().string("data.importFramework.version.id");
        try {
            // the equivalences came along
            assertEquals(18, operator().post("query($id: ID!) { frameworkVersion(id: $id) { equivalences { schemeCode } } }", vars("id", draft))
                    .assertNoErrors().json().getList("data.frameworkVersion.equivalences").size());

            Gql.Result yes = setEquivalence(draft, "ASI", "GOV-POL-01", true, null);
            assertEquals(List.of(), yes.userErrorCodes("setCertificationEquivalence"), yes.raw());
            assertEquals(true, yes.<Boolean>get("data.setCertificationEquivalence.equivalence.impliedYes"));
            Gql.Result maturity = setEquivalence(draft, "ASI", "GOV-POL-02", null, 3);
            assertEquals(3, maturity.<Integer>get("data.setCertificationEquivalence.equivalence.impliedMaturity"));
            // replacing an existing mapping
            assertEquals(2, setEquivalence(draft, "ASI", "GOV-POL-02", null, 2).<Integer>get("data.setCertificationEquivalence.equivalence.impliedMaturity"));

            assertEquals(List.of("NOT_CERTIFIABLE"), setEquivalence(draft, "ASI", "OHS-PRF-01", true, null).userErrorCodes("setCertificationEquivalence"),
                    "NUMBER indicators cannot be answered by a certificate");
            assertEquals(List.of("REQUIRED", "NOT_ALLOWED"), setEquivalence(draft, "ASI", "GOV-POL-01", null, 2).userErrorCodes("setCertificationEquivalence"));
            assertEquals(List.of("OUT_OF_RANGE"), setEquivalence(draft, "ASI", "GOV-POL-02", null, 5).userErrorCodes("setCertificationEquivalence"));
            assertEquals(List.of("NOT_FOUND", "NOT_FOUND"), setEquivalence(draft, "NOPE", "NOPE-01", true, null).userErrorCodes("setCertificationEquivalence"));
            assertEquals(List.of("VERSION_NOT_DRAFT"), setEquivalence(published, "ASI", "GOV-POL-01", true, null).userErrorCodes("setCertificationEquivalence"));

            Gql supplier = Fixtures.party("SUPPLIER", "Certified Smelter", "MY").client();
            Gql.Result read = supplier.post("query($id: ID!) { frameworkVersion(id: $id) { equivalences(schemeCode: \"RMI_RMAP\") { indicatorCode impliedYes impliedMaturity } } }",
                    vars("id", published)).assertNoErrors();
            assertEquals(7, read.json().getList("data.frameworkVersion.equivalences").size(), "RMAP answers seven starter indicators");

            Gql.Result removed = operator().post("""
                    mutation($in: RemoveCertificationEquivalenceInput!) { removeCertificationEquivalence(input: $in) { equivalence { indicatorCode } userErrors { code } } }""",
                    vars("in", Map.of("versionId", draft, "schemeCode", "ASI", "indicatorCode", "GOV-POL-01"))).assertNoErrors();
            assertEquals("GOV-POL-01", removed.string("data.removeCertificationEquivalence.equivalence.indicatorCode"));
            assertEquals(List.of("ASI"), operator().post("query($id: ID!) { frameworkVersion(id: $id) { equivalences(schemeCode: \"ASI\") { schemeCode } } }",
                    vars("id", draft)).assertNoErrors().json().getList("data.frameworkVersion.equivalences.schemeCode"));
        } finally {
            ensureNoDraft();
        }
    }
}
