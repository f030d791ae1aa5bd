package org.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assay.framework.FrameworkFixtures.operator;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The starter framework is loaded at startup, and the tree can be read in English and Chinese and filtered. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FrameworkQueryApiTest {

    @jakarta.inject.Inject
    StarterFrameworkLoader loader;

    @Test
    void loadingTheStarterAgainIsANoOp() {
        int before = operator().post("{ frameworkVersions(first: 100) { nodes { id } } }").assertNoErrors()
                .json().getList("data.frameworkVersions.nodes").size();
        assertFalse(loader.load(), "a framework version exists: nothing to load");
        assertEquals(before, operator().post("{ frameworkVersions(first: 100) { nodes { id } } }").assertNoErrors()
                .json().getList("data.frameworkVersions.nodes").size());
    }

    static JsonNode starter() throws Exception {
        try (InputStream in = FrameworkQueryApiTest.class.getResourceAsStream("/framework/starter-framework-1.0.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    /** Indicator JSON objects of the starter, each with its theme code added. */
    static List<JsonNode> starterIndicators() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode t : starter().get("themes")) {
            for (JsonNode tp : t.get("topics")) {
                for (JsonNode a : tp.get("aspects")) {
                    for (JsonNode i : a.get("indicators")) {
                        ((com.fasterxml.jackson.databind.node.ObjectNode) i).put("_theme", t.get("code").asText());
                        out.add(i);
                    }
                }
            }
        }
        return out;
    }

    static Set<String> codes(List<JsonNode> indicators, Predicate<JsonNode> keep) {
        Set<String> out = new TreeSet<>();
        indicators.stream().filter(keep).forEach(i -> out.add(i.get("code").asText()));
        return out;
    }

    static boolean listedOrEmpty(JsonNode array, String value) {
        if (array.isEmpty()) return true;
        for (JsonNode v : array) if (v.asText().equals(value)) return true;
        return false;
    }

    @Test
    void starterFrameworkIsLoadedAtStartupAsPublishedVersion1() throws Exception {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Reading Supplier", "CD");
        long essentials = starterIndicators().stream().filter(i -> "ESSENTIAL".equals(i.get("classification").asText())).count();
        for (Gql who : List.of(operator(), supplier.client())) {
            Gql.Result r = who.post("""
                    { frameworkVersion(number: "1.0") { id number status publishedAt name indicatorCount essentialIndicatorCount
                        scoringRules { bands { rating minimumScore } essentialFloor essentialCap openCriticalCap }
                        en: themes { code title weight topics { code aspects { code indicators { code } } } }
                        zh: themes(lang: ZH) { title }
                        first: indicator(code: "GOV-POL-01") { title guidance classification answerType riskType references { standard clause } }
                        firstZh: indicator(code: "GOV-POL-01", lang: ZH) { title languageFallback }
                        numeric: indicator(code: "OHS-PRF-01") { unit thresholds { direction values } }
                        equivalences { schemeCode indicatorCode impliedYes impliedMaturity } } }""").assertNoErrors();
            String v = "data.frameworkVersion.";
            assertEquals("1.0", r.string(v + "number"));
            assertNotNull(r.get(v + "publishedAt"), "published at startup");
            assertTrue(List.of("PUBLISHED", "RETIRED").contains(r.string(v + "status")), "later tests may have published newer versions");
            assertEquals("Responsible Minerals Supplier Framework", r.string(v + "name"));
            assertEquals(80, r.<Integer>get(v + "indicatorCount"));
            assertEquals((int) essentials, r.<Integer>get(v + "essentialIndicatorCount"));
            List<Map<String, Object>> themes = r.get(v + "en");
            assertEquals(List.of("GOV", "FOP", "SCM", "HR", "LAB", "OHS", "ENV", "COM"), themes.stream().map(t -> t.get("code")).toList());
            assertEquals("Organisational governance", themes.get(0).get("title"));
            assertEquals(80, r.json().getList(v + "en.topics.aspects.indicators.code").stream()
                    .flatMap(l -> ((List<?>) l).stream()).flatMap(l -> ((List<?>) l).stream()).flatMap(l -> ((List<?>) l).stream()).count());
            assertEquals("组织治理", r.string(v + "zh[0].title"));
            assertEquals("Board-approved responsible mineral supply chain policy", r.string(v + "first.title"));
            assertEquals("ESSENTIAL", r.string(v + "first.classification"));
            assertEquals(3, r.json().getList(v + "first.references").size());
            assertEquals("经董事会批准的负责任矿产供应链政策", r.string(v + "firstZh.title"));
            assertFalse(r.<Boolean>get(v + "firstZh.languageFallback"));
            assertEquals("LOWER_IS_BETTER", r.string(v + "numeric.thresholds.direction"));
            assertEquals("LTIFR per 1,000,000 h", r.string(v + "numeric.unit"));
            assertEquals(85, ((Number) r.json().getList(v + "scoringRules.bands.minimumScore").get(0)).intValue());
            assertEquals("BB", r.string(v + "scoringRules.essentialCap"));
            assertEquals(18, r.json().getList(v + "equivalences").size());
        }
    }

    @Test
    void applicabilityFiltersFollowTheDomainRules() throws Exception {
        List<JsonNode> all = starterIndicators();
        String query = """
                query($f: IndicatorFilter) { frameworkVersion(number: "1.0") {
                  indicators(filter: $f) { nodes { code } pageInfo { hasNextPage } }
                  themes(filter: $f) { code topics { aspects { indicators { code } } } } } }""";

        // a cobalt refinery outside any CAHRA
        Set<String> expected = codes(all, i -> listedOrEmpty(i.get("applicability").get("stages"), "REFINING")
                && listedOrEmpty(i.get("applicability").get("minerals"), "COBALT")
                && !i.get("applicability").get("cahraOnly").asBoolean());
        Gql.Result r = operator().post(query, vars("f", Map.of("stage", "REFINING", "minerals", List.of("COBALT"), "inCahra", false))).assertNoErrors();
        assertEquals(expected, new TreeSet<>(r.json().getList("data.frameworkVersion.indicators.nodes.code")));
        assertTrue(expected.contains("SCM-MIN-04"), "cobalt at refining");
        assertFalse(expected.contains("SCM-MIN-01"), "3TG only");
        assertFalse(expected.contains("HR-SEC-02"), "CAHRA only");
        assertFalse(expected.contains("COM-ASM-01"), "extraction only");
        assertTrue(expected.contains("GOV-POL-01"), "applies everywhere");
        Set<String> inTree = new HashSet<>();
        r.json().getList("data.frameworkVersion.themes.topics.aspects.indicators.code").forEach(l -> flatten(l, inTree));
        assertEquals(expected, new TreeSet<>(inTree), "the tree shows the same indicators, empty branches left out");

        // a gold mine in a CAHRA: CAHRA-only indicators apply
        Set<String> cahra = codes(all, i -> listedOrEmpty(i.get("applicability").get("stages"), "EXTRACTION")
                && listedOrEmpty(i.get("applicability").get("minerals"), "GOLD"));
        r = operator().post(query, vars("f", Map.of("stage", "EXTRACTION", "minerals", List.of("GOLD"), "inCahra", true))).assertNoErrors();
        assertEquals(cahra, new TreeSet<>(r.json().getList("data.frameworkVersion.indicators.nodes.code")));
        assertTrue(cahra.containsAll(List.of("SCM-MIN-02", "HR-SEC-02", "ENV-WST-02")));

        // theme + classification + referenced standard
        Set<String> rmap = codes(all, i -> "SCM".equals(i.get("_theme").asText()) && "ESSENTIAL".equals(i.get("classification").asText())
                && i.get("references").findValuesAsText("standard").contains("RMI_RMAP"));
        r = operator().post(query, vars("f", Map.of("themeCode", "SCM", "classification", "ESSENTIAL", "standard", "RMI_RMAP"))).assertNoErrors();
        assertFalse(rmap.isEmpty());
        assertEquals(rmap, new TreeSet<>(r.json().getList("data.frameworkVersion.indicators.nodes.code")));
        assertEquals(List.of("SCM"), r.json().getList("data.frameworkVersion.themes.code"));
    }

    @Test
    void indicatorsArePagedInFrameworkOrder() throws Exception {
        List<String> order = starterIndicators().stream().map(i -> i.get("code").asText()).toList();
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Gql.Result r = operator().post("""
                    query($after: String) { frameworkVersion(number: "1.0") { indicators(first: 30, after: $after) {
                      nodes { code } pageInfo { hasNextPage endCursor } } } }""", vars("after", after)).assertNoErrors();
            seen.addAll(r.json().getList("data.frameworkVersion.indicators.nodes.code"));
            after = r.<Boolean>get("data.frameworkVersion.indicators.pageInfo.hasNextPage")
                    ? r.string("data.frameworkVersion.indicators.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(order, seen);
        operator().post("{ frameworkVersion(number: \"1.0\") { indicators(first: 101) { nodes { code } } } }").assertErrorCode("INVALID_ARGUMENT");
    }

    @Test
    void versionsAreListedAndLookedUp() {
        Gql.Result r = operator().post("{ frameworkVersions(status: PUBLISHED) { nodes { id number status } } currentFramework { id number } }").assertNoErrors();
        assertEquals(List.of("PUBLISHED"), r.json().getList("data.frameworkVersions.nodes.status"), "exactly one published version at a time");
        assertEquals(r.string("data.currentFramework.id"), r.string("data.frameworkVersions.nodes[0].id"));
        operator().post("{ frameworkVersion(number: \"99.9\") { id } }").assertErrorCode("NOT_FOUND");
        operator().post("{ frameworkVersion(number: \"one\") { id } }").assertErrorCode("INVALID_ARGUMENT");
        operator().post("{ frameworkVersion(id: \"x\", number: \"1.0\") { id } }").assertErrorCode("INVALID_ARGUMENT");
        operator().post("{ indicatorHistory(code: \"NOPE-00\") { code } }").assertErrorCode("NOT_FOUND");
        Gql.anonymous().post("{ currentFramework { id } }").assertErrorCode("unauthorized");
        Gql.Result h = operator().post("{ indicatorHistory(code: \"GOV-POL-01\", lang: ZH) { entries { version { number } event indicator { title } } } }")
                .assertNoErrors();
        assertEquals("ADDED", h.string("data.indicatorHistory.entries[0].event"));
        assertEquals("1.0", h.string("data.indicatorHistory.entries[0].version.number"));
        assertEquals("经董事会批准的负责任矿产供应链政策", h.string("data.indicatorHistory.entries[0].indicator.title"));
    }

    static void flatten(Object o, Set<String> out) {
        if (o instanceof List<?> l) {
            l.forEach(x -> flatten(x, out));
        } else if (o != null) {
            out.add(o.toString());
        }
    }
}
