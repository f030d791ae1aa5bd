package org.assay.framework;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.framework.document.FrameworkDiff;
import org.assay.framework.document.FrameworkDocument;
import org.assay.framework.document.FrameworkDocumentReader;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fresh database gets the starter framework as the platform's machinery makes it: 1.0 published at once, 2.0 imported
 * as the draft based on it and published (a major version: the set of essential indicators changed), 1.0 retired,
 * unchanged and readable, and {@code frameworkDiff(1.0 → 2.0)} showing every change. Its own profile (one extra start
 * with a fresh embedded database and both starter versions).
 */
@QuarkusTest
@TestProfile(StarterFramework2Test.BothVersions.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
@SuppressWarnings("unchecked")
class StarterFramework2Test {

    public static class BothVersions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assay.framework.starter-versions", "1.0,2.0");
        }
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    CertificationService certifications;

    static final String DIFF = """
            query($from: ID!, $to: ID!, $lang: Language) { frameworkDiff(fromVersionId: $from, toVersionId: $to, lang: $lang) {
              from { number status } to { number status } essentialSetChanged
              added { code title classification }
              retired { code }
              changed { code title changes { field oldValue newValue } } } }""";

    String id(String number) {
        return FrameworkFixtures.operator().post("{ frameworkVersion(number: \"" + number + "\") { id status } }").assertNoErrors()
                .string("data.frameworkVersion.id");
    }

    @Test
    void twoPointZeroIsInForceAndOnePointZeroIsRetiredButReadable() {
        Map<String, Object> current = FrameworkFixtures.current();
        assertEquals("2.0", current.get("number"));
        assertEquals("PUBLISHED", current.get("status"));
        Gql member = Fixtures.party("MEMBER_FIRM", "Framework Two Member", "DE").client();
        Gql.Result v1 = member.post("{ frameworkVersion(number: \"1.0\") { status indicatorCount indicator(code: \"LAB-CHL-01\") { code } } }")
                .assertNoErrors();
        assertEquals("RETIRED", v1.string("data.frameworkVersion.status"));
        assertEquals(80, ((Number) v1.get("data.frameworkVersion.indicatorCount")).intValue());
        assertEquals("LAB-CHL-01", v1.string("data.frameworkVersion.indicator.code"));
    }

    @Test
    void onePointZeroAsStoredIsExactlyTheShippedDocument() {
        for (String number : List.of("1.0", "2.0")) {
            FrameworkDocument shipped = FrameworkDocumentReader.read(StarterFrameworkLoader.read("framework/starter-framework-" + number + ".json"),
                    QuarkusTransaction.requiringNew().call(certifications::activeSchemeCodes)).document();
            FrameworkDiff.Result diff = QuarkusTransaction.requiringNew().call(() -> {
                FrameworkVersion v = frameworks.byNumber(VersionNumber.parse(number)).orElseThrow();
                return FrameworkDiff.between(placed(shipped), frameworks.content(v).placed());
            });
            assertTrue(diff.added().isEmpty() && diff.retired().isEmpty() && diff.changed().isEmpty(), number + ": " + diff);
            FrameworkDocument stored = QuarkusTransaction.requiringNew().call(() ->
                    frameworks.document(frameworks.byNumber(VersionNumber.parse(number)).orElseThrow()));
            Set<String> shippedEquivalences = shipped.equivalences().stream().map(e -> e.scheme() + ">" + e.indicator())
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> storedEquivalences = stored.equivalences().stream().map(e -> e.scheme() + ">" + e.indicator())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(shippedEquivalences, storedEquivalences, number);
        }
    }

    static Map<String, FrameworkDiff.Placed> placed(FrameworkDocument doc) {
        Map<String, FrameworkDiff.Placed> out = new LinkedHashMap<>();
        doc.indicators().forEach(l -> out.put(l.indicator().code(), new FrameworkDiff.Placed(l.aspectCode(), l.indicator())));
        return out;
    }

    @Test
    void frameworkDiffFromOnePointZeroToTwoPointZeroListsEveryChange() {
        Gql member = Fixtures.party("MEMBER_FIRM", "Framework Diff Member", "FR").client();
        Gql.Result r = member.post(DIFF, vars("from", id("1.0"), "to", id("2.0"))).assertNoErrors();
        String d = "data.frameworkDiff.";
        assertEquals("RETIRED", r.string(d + "from.status"));
        assertEquals("PUBLISHED", r.string(d + "to.status"));
        assertEquals(Boolean.TRUE, r.get(d + "essentialSetChanged"));
        List<Map<String, Object>> added = r.get(d + "added");
        assertEquals(Set.of("ENV-CLI-04", "ENV-CLI-05", "ENV-POL-01", "ENV-POL-02", "ENV-WAT-04", "ENV-WAT-05", "ENV-WST-03",
                        "ENV-WST-04", "OHS-EMR-02", "SCM-MGS-04", "SCM-MIN-05", "FOP-BUS-04", "FOP-COR-04", "LAB-CHL-03",
                        "LAB-EMP-06", "COM-ASM-02", "COM-ENG-04"),
                added.stream().map(a -> (String) a.get("code")).collect(Collectors.toSet()));
        assertEquals(List.of(), r.get(d + "retired"));
        Map<String, Map<String, Map<String, Object>>> changed = new LinkedHashMap<>();
        List<Map<String, Object>> changedList = r.get(d + "changed");
        for (Map<String, Object> c : changedList) {
            Map<String, Map<String, Object>> fields = new LinkedHashMap<>();
            for (Object f : (List<?>) c.get("changes")) {
                Map<?, ?> fc = (Map<?, ?>) f;
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) fc;
                fields.put((String) fc.get("field"), m);
            }
            changed.put((String) c.get("code"), fields);
        }
        // GRI 14 renumbered from 14.11 upward, with disclosures: child labour is 14.18 (it was 14.19)
        Map<String, Object> childRefs = changed.get("LAB-CHL-01").get("references");
        assertTrue(((String) childRefs.get("oldValue")).contains("14.19 Child labor"), childRefs.toString());
        assertTrue(((String) childRefs.get("newValue")).contains("14.18 Child labor — Disclosures 3-3, 408-1"), childRefs.toString());
        assertTrue(((String) childRefs.get("newValue")).contains("EU_CSDDD"), childRefs.toString());
        // salar water balance and consent are essential wherever lithium brine applies
        assertEquals(Map.of("field", "classification", "oldValue", "OPTIONAL", "newValue", "ESSENTIAL"),
                changed.get("ENV-WAT-03").get("classification"));
        assertEquals("ESSENTIAL", changed.get("HR-IND-02").get("classification").get("newValue"));
        // Chinese terms: 尽责管理, 土著人民, 盐湖
        assertTrue(((String) changed.get("GOV-MGT-01").get("title.zh").get("newValue")).contains("尽责管理"));
        assertTrue(((String) changed.get("HR-IND-02").get("title.zh").get("newValue")).contains("土著人民"));
        // graphite split in the applicability of battery minerals
        assertEquals("[\"COBALT\",\"LITHIUM\",\"NICKEL\",\"NATURAL_GRAPHITE\",\"MANGANESE\"]",
                changed.get("SCM-MIN-04").get("applicability.minerals").get("newValue"));
        // the CMRT is an RMI template, not part of RMAP
        assertTrue(((String) changed.get("SCM-REP-02").get("references").get("newValue")).contains("\"standard\":\"RMI\""));
        // an indicator whose content did not change shows only the languages 2.0 added
        assertEquals(List.of("title.fr", "title.es", "title.pt", "title.id", "guidance.fr", "guidance.es", "guidance.pt", "guidance.id"),
                List.copyOf(changed.get("FOP-BUS-02").keySet()));
        assertEquals(null, changed.get("FOP-BUS-02").get("title.fr").get("oldValue"));
        assertEquals("Politique de concurrence loyale", changed.get("FOP-BUS-02").get("title.fr").get("newValue"));
        assertEquals(80, changedList.size(), "every 1.0 indicator gains its translations");
        // Chinese titles through the same query
        Gql.Result zh = member.post(DIFF, vars("from", id("1.0"), "to", id("2.0"), "lang", "ZH")).assertNoErrors();
        List<Map<String, Object>> zhAdded = zh.get(d + "added");
        assertTrue(zhAdded.stream().anyMatch(a -> "云母：在收集和加工环节识别并补救童工问题".equals(a.get("title"))), zh.raw());
    }

    @Test
    void twoPointZeroAnswersInSixLanguagesAndOnePointZeroFallsBackToEnglishPerField() {
        Gql supplier = Fixtures.party("SUPPLIER", "Framework Languages Supplier", "CD").client();
        String q = """
                query($n: String!, $lang: Language) { frameworkVersion(number: $n) {
                  indicator(code: "LAB-CHL-01", lang: $lang) { title guidance languageFallback }
                  themes(lang: $lang) { code title topics { title aspects { title } } } } }""";
        Map<String, String> titles = Map.of("EN", "No child labour, with age verification and a remediation procedure",
                "FR", "Aucun travail des enfants, avec vérification de l'âge et procédure de remédiation",
                "ES", "Ausencia de trabajo infantil, con verificación de edad y procedimiento de remediación",
                "PT", "Ausência de trabalho infantil, com verificação de idade e procedimento de remediação",
                "ID", "Tidak ada pekerja anak, dengan verifikasi usia dan prosedur pemulihan",
                "ZH", "杜绝童工，并建立年龄核验和补救程序");
        for (Map.Entry<String, String> e : titles.entrySet()) {
            Gql.Result r = supplier.post(q, vars("n", "2.0", "lang", e.getKey())).assertNoErrors();
            assertEquals(e.getValue(), r.string("data.frameworkVersion.indicator.title"), e.getKey());
            assertEquals(Boolean.FALSE, r.get("data.frameworkVersion.indicator.languageFallback"), e.getKey());
            List<Map<String, Object>> themes = r.get("data.frameworkVersion.themes");
            assertEquals(8, themes.size());
        }
        Gql.Result fr = supplier.post(q, vars("n", "2.0", "lang", "FR")).assertNoErrors();
        assertEquals("Environnement", ((List<Map<String, Object>>) fr.get("data.frameworkVersion.themes")).stream()
                .filter(t -> "ENV".equals(t.get("code"))).findFirst().orElseThrow().get("title"));
        assertTrue(fr.string("data.frameworkVersion.indicator.guidance").startsWith("Répondez oui si aucun travailleur"));
        // 1.0 has English and Chinese only: French falls back to English, field by field, and says so
        Gql.Result old = supplier.post(q, vars("n", "1.0", "lang", "FR")).assertNoErrors();
        assertEquals("No child labour, with age verification and a remediation procedure", old.string("data.frameworkVersion.indicator.title"));
        assertEquals(Boolean.TRUE, old.get("data.frameworkVersion.indicator.languageFallback"));
        assertEquals("Environment", ((List<Map<String, Object>>) old.get("data.frameworkVersion.themes")).stream()
                .filter(t -> "ENV".equals(t.get("code"))).findFirst().orElseThrow().get("title"));
        Gql.Result oldZh = supplier.post(q, vars("n", "1.0", "lang", "ZH")).assertNoErrors();
        assertEquals(Boolean.FALSE, oldZh.get("data.frameworkVersion.indicator.languageFallback"));
    }

    static final String COVERAGE = """
            query($s: ID!, $r: Regulation!) { regulationCoverage(supplierId: $s, regulation: $r) {
              regulation access assessmentPublishedAt frameworkVersion
              items { clause relevantToMining status indicators { code title applicable answered answer score } } } }""";

    static Map<String, Map<String, Object>> items(Gql.Result r) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        List<Map<String, Object>> items = r.get("data.regulationCoverage.items");
        items.forEach(i -> out.put((String) i.get("clause"), i));
        return out;
    }

    @Test
    void regulationCoverageForFullSummaryAndNoGrant() {
        org.assay.support.Scenarios.World w = org.assay.support.Scenarios.world("Coverage");
        org.assay.support.Scenarios.publishedDeskReview(w);
        Gql none = Fixtures.party("MEMBER_FIRM", "Coverage Buyer C", "FR").client();
        for (Object[] g : new Object[][]{{w.memberA(), "FULL"}, {w.memberB(), "SUMMARY"}}) {
            Gql.Result r = w.supplier().client().post("""
                    mutation($in: GrantSharingInput!) { grantSharing(input: $in) { grant { id } userErrors { code } } }""",
                    vars("in", Map.of("audience", "MEMBER", "memberId", ((Fixtures.Party) g[0]).organisationId(), "level", g[1]))).assertNoErrors();
            assertEquals(List.of(), r.userErrorCodes("grantSharing"), r.raw());
        }
        String supplier = w.supplier().organisationId();

        // FULL: statuses, answers and scores, on the 2.0 assessment
        Gql.Result full = w.memberA().client().post(COVERAGE, vars("s", supplier, "r", "EU_CONFLICT_MINERALS")).assertNoErrors();
        assertEquals("FULL", full.string("data.regulationCoverage.access"));
        assertTrue(full.string("data.regulationCoverage.assessmentPublishedAt") != null, full.raw());
        assertEquals("2.0", full.string("data.regulationCoverage.frameworkVersion"));
        Map<String, Map<String, Object>> cm = items(full);
        assertEquals(11, cm.size());
        Map<String, Object> policy = cm.get("Art. 4(a) Supply chain policy adopted and communicated");
        assertEquals("COVERED", policy.get("status"));
        Map<?, ?> gov = (Map<?, ?>) ((List<?>) policy.get("indicators")).get(0);
        assertEquals("GOV-POL-01", gov.get("code"));
        assertEquals("YES", gov.get("answer"));
        assertEquals(Boolean.TRUE, gov.get("answered"));
        assertEquals(100.0, ((Number) gov.get("score")).doubleValue());
        // the recycled-input indicator does not apply to a mine: its item is covered by the applicable one alone
        Map<String, Object> metals = cm.get("Art. 4(g) Chain of custody for metals");
        assertEquals("COVERED", metals.get("status"));
        assertTrue(((List<?>) metals.get("indicators")).stream().anyMatch(i -> "SCM-MGS-04".equals(((Map<?, ?>) i).get("code"))
                && Boolean.FALSE.equals(((Map<?, ?>) i).get("applicable"))), metals.toString());

        Gql.Result csddd = w.memberA().client().post(COVERAGE, vars("s", supplier, "r", "EU_CSDDD")).assertNoErrors();
        Map<String, Map<String, Object>> cs = items(csddd);
        assertEquals("NOT_APPLICABLE", cs.get("Annex Part II Minamata Convention on Mercury").get("status"), "mercury applies to gold and silver");
        assertEquals("NOT_COVERED", cs.get("Annex Part I 4 Prohibition of arbitrary interference with privacy").get("status"));
        assertEquals(Boolean.FALSE, cs.get("Annex Part I 4 Prohibition of arbitrary interference with privacy").get("relevantToMining"));
        assertEquals("COVERED", cs.get("Annex Part I 9 Employment of a child under the minimum age").get("status"));

        // SUMMARY: the statuses, never the answers or scores
        Gql.Result summary = w.memberB().client().post(COVERAGE, vars("s", supplier, "r", "EU_CONFLICT_MINERALS")).assertNoErrors();
        assertEquals("SUMMARY", summary.string("data.regulationCoverage.access"));
        Map<String, Object> sp = items(summary).get("Art. 4(a) Supply chain policy adopted and communicated");
        assertEquals("COVERED", sp.get("status"));
        Map<?, ?> sgov = (Map<?, ?>) ((List<?>) sp.get("indicators")).get(0);
        assertEquals(null, sgov.get("answer"));
        assertEquals(null, sgov.get("answered"));
        assertEquals(null, sgov.get("score"));

        // no grant: refused; an unknown supplier is NOT_FOUND
        none.post(COVERAGE, vars("s", supplier, "r", "EU_CONFLICT_MINERALS")).assertErrorCode("forbidden");
        none.post(COVERAGE, vars("s", java.util.UUID.randomUUID().toString(), "r", "EU_CSDDD")).assertErrorCode("NOT_FOUND");
        // the supplier itself sees everything, in French
        Gql.Result own = w.supplier().client().post(COVERAGE.replace("regulation: $r)", "regulation: $r, lang: FR)"),
                vars("s", supplier, "r", "EU_BATTERY_REGULATION")).assertNoErrors();
        assertEquals("FULL", own.string("data.regulationCoverage.access"));
        Map<String, Object> noise = items(own).get("Annex X 2 Noise and vibration");
        assertEquals("COVERED", noise.get("status"));
        assertEquals("Bruit et vibrations dans l'environnement maîtrisés", ((Map<?, ?>) ((List<?>) noise.get("indicators")).get(0)).get("title"));
    }
}
