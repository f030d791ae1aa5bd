package org.assay.cahra;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.OwnDatabaseProfile;
import org.assay.support.Today;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CAHRA by region (issue 15): lists imported from CSV with per-row errors, versions, the derived site status, and the
 * version an assessment records — a site leaving the list changes applicability for new assessments only. Its own
 * database (importing lists changes the list in force for everyone).
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CahraListsTest {

    static final String IMPORT = """
            mutation($in: ImportCahraListInput!) { importCahraList(input: $in) {
              list { id source version effectiveFrom legacy entries { country region } } userErrors { field code message } } }""";
    static final String SITE = "query($s: ID!) { supplierProfile(supplierId: $s) { sites { name region inCahra cahra { inCahra list { version } } } } }";
    static final String APPLICABLE = "query($a: ID!) { applicableIndicators(assessmentId: $a) }";
    static final String USED = "query($a: ID!) { assessment(id: $a) { cahraListVersion { version source } } }";

    static Gql.Result importList(String version, String effectiveFrom, String csv) {
        return Gql.rootOperator().post(IMPORT, vars("in", Map.of("source", "EU indicative CAHRA list (test)", "version", version,
                "effectiveFrom", effectiveFrom, "csv", csv))).assertNoErrors();
    }

    static long lists() {
        return Gql.rootOperator().post("{ cahraLists(first: 100) { nodes { id } } }").assertNoErrors().json().getList("data.cahraLists.nodes").size();
    }

    @Test
    void importsReportEveryBadRowAndWriteNothing() {
        long before = lists();
        Gql.Result r = importList("bad-1", Today.today().toString(), "country,region\nXX,\nCD,Ituri\ncd, ituri \n,Somewhere\nCD,"
                + "x".repeat(201) + "\n");
        assertEquals(List.of("INVALID_COUNTRY", "DUPLICATE_ENTRY", "REQUIRED", "TOO_LONG"), r.userErrorCodes("importCahraList"), r.raw());
        List<List<String>> fields = r.json().getList("data.importCahraList.userErrors.field");
        assertEquals(List.of(List.of("input", "csv", "1", "country"), List.of("input", "csv", "3"), List.of("input", "csv", "4", "country"),
                List.of("input", "csv", "5", "region")), fields);
        assertEquals(before, lists(), "nothing imported");
        assertEquals(List.of("INVALID_CSV"), importList("bad-2", Today.today().toString(), "land,area\nCD,Ituri\n").userErrorCodes("importCahraList"));
        assertEquals(List.of("INVALID_CSV"), importList("bad-3", Today.today().toString(), "country,region\n\"CD,Ituri\n").userErrorCodes("importCahraList"));
        assertEquals(List.of("REQUIRED"), importList("bad-4", Today.today().toString(), "country,region\n").userErrorCodes("importCahraList"));
        assertEquals(before, lists(), "nothing imported");

        Gql.Result ok = importList("dup-check", "2020-01-01", "country,region\nSS,\n");
        assertEquals(List.of(), ok.userErrorCodes("importCahraList"), ok.raw());
        assertEquals(List.of("VERSION_EXISTS"), importList("dup-check", "2020-01-01", "country,region\nSS,\n").userErrorCodes("importCahraList"));
    }

    @Test
    void aSiteLeavingTheListChangesApplicabilityForNewAssessmentsOnly() {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Ituri Gold and Cobalt", "CD");
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Cahra Buyer", "DE");
        Gql.Result site = supplier.client().post("mutation($in: CreateSiteInput!) { createSite(input: $in) { site { id region } userErrors { code } } }",
                vars("in", Map.of("name", "Mongbwalu", "kind", "MINE", "country", "CD", "region", " Ituri ", "minerals", List.of("COBALT"),
                        "stage", "EXTRACTION"))).assertNoErrors();
        assertEquals("Ituri", site.string("data.createSite.site.region"), site.raw());

        // v1, in force since yesterday, lists the region (in another spelling): the site is in a CAHRA, whatever its flag
        Gql.Result v1 = importList("2026-Q3", Today.today().minusDays(1).toString(), "country,region\nCD,ITURI\nCD,North Kivu\nAF,\n");
        assertEquals(List.of(), v1.userErrorCodes("importCahraList"), v1.raw());
        assertEquals(3, v1.json().getList("data.importCahraList.list.entries").size());
        Gql.Result s1 = Gql.rootOperator().post(SITE, vars("s", supplier.organisationId())).assertNoErrors();
        assertEquals(true, s1.get("data.supplierProfile.sites[0].cahra.inCahra"), s1.raw());
        assertEquals(false, s1.get("data.supplierProfile.sites[0].inCahra"), "the deprecated flag stays as typed");
        assertEquals("2026-Q3", s1.string("data.supplierProfile.sites[0].cahra.list.version"));
        assertEquals("2026-Q3", Gql.rootOperator().post("{ cahraListInForce { version } }").string("data.cahraListInForce.version"));

        String first = requestAssessment(member, supplier, "DESK_REVIEW");
        assertEquals("2026-Q3", Gql.rootOperator().post(USED, vars("a", first)).string("data.assessment.cahraListVersion.version"));
        Set<String> underV1 = applicable(first);

        // v2, in force from today, no longer lists Ituri: the site has left the list
        Gql.Result v2 = importList("2026-Q4", Today.today().toString(), "country,region\nCD,North Kivu\nAF,\n");
        assertEquals(List.of(), v2.userErrorCodes("importCahraList"), v2.raw());
        Gql.Result s2 = Gql.rootOperator().post(SITE, vars("s", supplier.organisationId())).assertNoErrors();
        assertEquals(false, s2.get("data.supplierProfile.sites[0].cahra.inCahra"), s2.raw());
        // the deprecated flag no longer decides anything once a list is in force
        supplier.client().post("mutation($in: UpdateSiteInput!) { updateSite(input: $in) { userErrors { code } } }",
                vars("in", Map.of("siteId", site.string("data.createSite.site.id"), "inCahra", true))).assertNoErrors();
        assertEquals(false, Gql.rootOperator().post(SITE, vars("s", supplier.organisationId())).get("data.supplierProfile.sites[0].cahra.inCahra"));
        // a list that comes into force later changes nothing today
        importList("2027-Q1", Today.today().plusDays(30).toString(), "country,region\nCD,\n");
        assertEquals("2026-Q4", Gql.rootOperator().post("{ cahraListInForce { version } }").string("data.cahraListInForce.version"));

        // the assessment requested under v1 keeps v1 and its CAHRA-only indicators
        assertEquals(underV1, applicable(first));
        assertEquals("2026-Q3", Gql.rootOperator().post(USED, vars("a", first)).string("data.assessment.cahraListVersion.version"));
        // a new assessment records v2: the CAHRA-only indicators no longer apply
        String second = requestAssessment(member, supplier, "ON_SITE_AUDIT");
        assertEquals("2026-Q4", Gql.rootOperator().post(USED, vars("a", second)).string("data.assessment.cahraListVersion.version"));
        Set<String> underV2 = applicable(second);
        assertTrue(underV1.containsAll(underV2), "v2's scope is v1's without the CAHRA");
        Set<String> cahraOnly = new HashSet<>(underV1);
        cahraOnly.removeAll(underV2);
        assertFalse(cahraOnly.isEmpty(), "the CAHRA-only indicators of the starter framework apply under v1 only");

        // every version stays listed, the newest effective first
        List<String> versions = Gql.rootOperator().post("{ cahraLists(first: 100) { nodes { version legacy } } }").json()
                .getList("data.cahraLists.nodes.version");
        assertEquals(List.of("2027-Q1", "2026-Q4", "2026-Q3"), versions.subList(0, 3));
        assertEquals("legacy", versions.get(versions.size() - 1));
    }

    static String requestAssessment(Fixtures.Party member, Fixtures.Party supplier, String method) {
        Gql.Result r = member.client().post("mutation($in: RequestAssessmentInput!) { requestAssessment(input: $in) { request { assessmentId outcome } userErrors { code } } }",
                vars("in", Map.of("supplierId", supplier.organisationId(), "minimumMethod", method))).assertNoErrors();
        assertEquals("NEW_ASSESSMENT", r.string("data.requestAssessment.request.outcome"), r.raw());
        String id = r.string("data.requestAssessment.request.assessmentId");
        assertNotNull(id);
        return id;
    }

    static Set<String> applicable(String assessment) {
        return new HashSet<>(Gql.rootOperator().post(APPLICABLE, vars("a", assessment)).assertNoErrors().json().getList("data.applicableIndicators"));
    }
}
