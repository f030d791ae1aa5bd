package org.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assay.framework.document.FrameworkDocumentReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assay.framework.StarterFrameworkCoverageTest.assertNoProblems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crosswalk of starter framework 2.0 (issue 15): GRI 14's 25 topics with their numbering and disclosures, the
 * CCCMC GSRM issue areas as the guidelines name them, the OECD five steps plus remediation, every item of the EU rules
 * a buyer must meet (Battery Regulation Annex X point 2 and Art. 48-52, the CSDDD Annex Part I items relevant to
 * mining, Conflict Minerals Regulation Art. 4-7), the minerals of the energy transition, certificate equivalences
 * within what each scheme audits, and the Chinese terms. Plain JUnit: reads the JSON resources.
 */
class StarterFramework2CoverageTest {

    static final String RESOURCE = "/framework/starter-framework-2.0.json";
    static final String REGULATIONS = "/framework/regulations.json";

    static final Map<Integer, String> GRI_14_TOPICS = new LinkedHashMap<>();

    static {
        String[] names = {"GHG emissions", "Climate adaptation and resilience", "Air emissions", "Biodiversity", "Waste", "Tailings",
                "Water and effluents", "Closure and rehabilitation", "Economic impacts", "Local communities",
                "Rights of Indigenous Peoples", "Land and resource rights", "Artisanal and small-scale mining", "Security practices",
                "Critical incident management", "Occupational health and safety", "Employment practices", "Child labor",
                "Forced labor", "Freedom of association and collective bargaining", "Non-discrimination and equal opportunity",
                "Anti-corruption", "Payments to governments", "Public policy", "Conflict-affected and high-risk areas"};
        for (int n = 1; n <= names.length; n++) {
            GRI_14_TOPICS.put(n, names[n - 1]);
        }
    }

    /** Theme code -> the CCCMC GSRM issue area it stands for, as the English edition of the guidelines names it. */
    static final Map<String, String> GSRM = new LinkedHashMap<>();

    static {
        GSRM.put("GOV", "Organisational governance");
        GSRM.put("FOP", "Fair operating practices");
        GSRM.put("SCM", "Value chain management");
        GSRM.put("HR", "Human rights");
        GSRM.put("LAB", "Labour practices");
        GSRM.put("OHS", "Occupational health and safety");
        GSRM.put("ENV", "Environment");
        GSRM.put("COM", "Community involvement and development");
    }

    static final Pattern GRI = Pattern.compile("14\\.(\\d{1,2}) (.+?) — Disclosures? 3-3.*");
    static final Set<String> REFINER_ONLY = Set.of("REFINING", "MANUFACTURING", "RECYCLING", "TRADING");

    record Indicator(String theme, JsonNode node) {
        String code() {
            return node.path("code").asText();
        }

        boolean essential() {
            return "ESSENTIAL".equals(node.path("classification").asText());
        }

        Set<String> values(String key) {
            Set<String> out = new TreeSet<>();
            node.path("applicability").path(key).forEach(m -> out.add(m.asText()));
            return out;
        }

        List<JsonNode> references() {
            List<JsonNode> out = new ArrayList<>();
            node.path("references").forEach(out::add);
            return out;
        }

        boolean references(String standard, Predicate<String> clause) {
            return references().stream().anyMatch(r -> standard.equals(r.path("standard").asText()) && clause.test(r.path("clause").asText()));
        }
    }

    static JsonNode read(String resource) {
        try (InputStream in = StarterFramework2CoverageTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final JsonNode ROOT = read(RESOURCE);

    static List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        ROOT.path("themes").forEach(t -> t.path("topics").forEach(tp -> tp.path("aspects").forEach(a -> a.path("indicators")
                .forEach(i -> out.add(new Indicator(t.path("code").asText(), i))))));
        return out;
    }

    static Map<String, Indicator> byCode() {
        Map<String, Indicator> out = new HashMap<>();
        indicators().forEach(i -> out.put(i.code(), i));
        return out;
    }

    @Test
    void isAValidImportDocumentForTheSeededSchemes() {
        Set<String> schemes = Set.of("ISO_14001", "ISO_45001", "RMI_RMAP", "COPPER_MARK", "IRMA", "RESPONSIBLE_STEEL", "ASI",
                "IRMA_50", "IRMA_75", "IRMA_100", "NICKEL_MARK");
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(ROOT.toString(), schemes);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals("2.0", r.document().version());
    }

    @Test
    void everyGri14TopicIsReferencedWithItsNumberNameAndDisclosuresAndNothingOutside() {
        List<String> problems = new ArrayList<>();
        Set<Integer> seen = new TreeSet<>();
        for (Indicator i : indicators()) {
            boolean refinerOnly = !i.values("stages").isEmpty() && REFINER_ONLY.containsAll(i.values("stages"));
            for (JsonNode r : i.references()) {
                if (!"GRI_14".equals(r.path("standard").asText())) continue;
                String clause = r.path("clause").asText();
                Matcher m = GRI.matcher(clause);
                if (!m.matches()) {
                    problems.add(i.code() + ": GRI 14 clause is not '14.N <topic> — Disclosure(s) 3-3, ...': " + clause);
                    continue;
                }
                int n = Integer.parseInt(m.group(1));
                if (!GRI_14_TOPICS.containsKey(n)) {
                    problems.add(i.code() + ": no GRI 14 topic 14." + n);
                } else if (!GRI_14_TOPICS.get(n).equals(m.group(2))) {
                    problems.add(i.code() + ": 14." + n + " is '" + GRI_14_TOPICS.get(n) + "', not '" + m.group(2) + "'");
                }
                if (refinerOnly && !clause.contains("mining and primary processing, not refining")) {
                    problems.add(i.code() + ": applies to refiners only; its GRI 14 reference must say GRI 14 covers mining and primary processing");
                }
                seen.add(n);
            }
        }
        GRI_14_TOPICS.keySet().stream().filter(n -> !seen.contains(n)).forEach(n -> problems.add("GRI 14." + n + " " + GRI_14_TOPICS.get(n) + " is not referenced"));
        assertNoProblems("GRI 14", problems);
    }

    @Test
    void everyGsrmIssueAreaIsReferencedByItsThemeUnderItsOwnName() {
        List<String> problems = new ArrayList<>();
        for (Indicator i : indicators()) {
            for (JsonNode r : i.references()) {
                if ("CCCMC_GSRM".equals(r.path("standard").asText()) && !GSRM.containsValue(r.path("clause").asText())) {
                    problems.add(i.code() + ": not a GSRM issue area: " + r.path("clause").asText());
                }
            }
        }
        GSRM.forEach((theme, area) -> {
            if (indicators().stream().noneMatch(i -> i.theme().equals(theme) && i.references("CCCMC_GSRM", area::equals))) {
                problems.add("theme " + theme + " has no indicator referencing '" + area + "'");
            }
        });
        assertNoProblems("CCCMC GSRM", problems);
    }

    @Test
    void theFiveOecdStepsAndRemediationAreEachReferencedByAnEssentialIndicatorAndCccmcIsTheSecondEdition() {
        List<String> problems = new ArrayList<>();
        for (int step = 1; step <= 5; step++) {
            String prefix = "Step " + step + ":";
            if (indicators().stream().noneMatch(i -> i.essential() && i.references("OECD_DDG", c -> c.startsWith(prefix)))) {
                problems.add("OECD DDG " + prefix + " has no essential indicator");
            }
        }
        if (indicators().stream().noneMatch(i -> i.essential() && i.references("CCCMC_DDG", c -> c.startsWith("Step 6: Provide for or cooperate in remediation")))) {
            problems.add("CCCMC DDG step 6 (remediation) has no essential indicator");
        }
        for (Indicator i : indicators()) {
            for (JsonNode r : i.references()) {
                if ("CCCMC_DDG".equals(r.path("standard").asText()) && !r.path("clause").asText().contains("2nd edition, 2022")) {
                    problems.add(i.code() + ": CCCMC DDG must be cited as the 2nd edition (2022): " + r.path("clause").asText());
                }
            }
        }
        if (indicators().stream().noneMatch(i -> i.essential() && i.references("CCCMC_DDG", c -> c.contains("recycled input must not mask origin")))) {
            problems.add("no essential indicator checks that recycled input does not mask origin (CCCMC DDG 2022)");
        }
        assertNoProblems("due diligence steps", problems);
    }

    @Test
    void everyRequiredItemOfTheEuRulesIsMappedByAnIndicatorAndEveryEuReferenceIsAnItem() {
        JsonNode catalogue = read(REGULATIONS);
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> items = new HashMap<>();
        int required = 0;
        for (JsonNode reg : catalogue.path("regulations")) {
            String standard = reg.path("standard").asText();
            for (JsonNode item : reg.path("items")) {
                String clause = item.path("clause").asText();
                items.computeIfAbsent(standard, k -> new TreeSet<>()).add(clause);
                if (item.path("relevantToMining").asBoolean()) {
                    required++;
                    if (indicators().stream().noneMatch(i -> i.references(standard, clause::equals))) {
                        problems.add(standard + " '" + clause + "' is not mapped by any indicator");
                    }
                }
            }
        }
        for (Indicator i : indicators()) {
            for (JsonNode r : i.references()) {
                String s = r.path("standard").asText();
                if (s.startsWith("EU_") && !items.getOrDefault(s, Set.of()).contains(r.path("clause").asText())) {
                    problems.add(i.code() + ": " + s + " '" + r.path("clause").asText() + "' is not an item of framework/regulations.json");
                }
            }
        }
        // Annex X point 2: every risk category; CSDDD Part I; Conflict Minerals Regulation Art. 4-7
        assertTrue(items.get("EU_BATTERY_REGULATION").stream().filter(c -> c.startsWith("Annex X 2 ")).count() >= 13);
        assertTrue(items.get("EU_CSDDD").stream().filter(c -> c.startsWith("Annex Part I ")).count() >= 16);
        for (String article : List.of("Art. 4(", "Art. 5(", "Art. 6 ", "Art. 7 ")) {
            assertTrue(items.get("EU_CONFLICT_MINERALS").stream().anyMatch(c -> c.startsWith(article)), article);
        }
        assertTrue(required >= 45, "required items: " + required);
        assertNoProblems("EU rules", problems);
    }

    @Test
    void irmaIsPinnedAndCoversCulturalHeritageAndNoise() {
        List<String> problems = new ArrayList<>();
        for (Indicator i : indicators()) {
            for (JsonNode r : i.references()) {
                if ("IRMA".equals(r.path("standard").asText()) && !r.path("clause").asText().startsWith("IRMA-STD-001 v1.0 Chapter ")) {
                    problems.add(i.code() + ": IRMA clause not pinned to IRMA-STD-001 v1.0: " + r.path("clause").asText());
                }
            }
        }
        for (String chapter : List.of("3.7 Cultural Heritage", "4.4 Noise and Vibration")) {
            if (indicators().stream().noneMatch(i -> i.references("IRMA", c -> c.endsWith(chapter)))) {
                problems.add("IRMA chapter " + chapter + " is not covered");
            }
        }
        assertNoProblems("IRMA", problems);
    }

    @Test
    void equivalencesStayWithinWhatEachSchemeAudits() {
        Map<String, Indicator> byCode = byCode();
        List<String> problems = new ArrayList<>();
        Set<String> schemes = new TreeSet<>();
        for (JsonNode e : ROOT.path("equivalences")) {
            String scheme = e.path("scheme").asText();
            Indicator target = byCode.get(e.path("indicator").asText());
            schemes.add(scheme);
            if (target == null) {
                problems.add(scheme + " -> unknown " + e.path("indicator").asText());
                continue;
            }
            // an RMAP conformant listing covers OECD Annex II risks only (Type 1)
            if ("RMI_RMAP".equals(scheme) && target.node().path("riskType").asInt() != 1) {
                problems.add("RMI_RMAP -> " + target.code() + ": RMAP audits OECD Annex II risks only, not type 2 indicators");
            }
            if ("IRMA".equals(scheme)) {
                problems.add("IRMA -> " + target.code() + ": equivalences depend on the achievement level (IRMA_50/75/100), not on any IRMA report");
            }
        }
        for (String required : List.of("ISO_14001", "ISO_45001", "RMI_RMAP", "COPPER_MARK", "NICKEL_MARK", "IRMA_50", "IRMA_75", "IRMA_100",
                "ASI", "RESPONSIBLE_STEEL")) {
            if (!schemes.contains(required)) problems.add(required + " has no equivalences");
        }
        for (Indicator i : indicators()) {
            if (i.references("RMI_RMAP", c -> c.contains("Reporting Template"))) {
                problems.add(i.code() + ": the CMRT/EMRT are RMI reporting templates, not part of RMAP");
            }
            if (i.references("RMI_RMAP", c -> c.contains("Cobalt Refiner")) && !i.references("RMI_RMAP", c -> c.matches(".*version \\d.*"))) {
                problems.add(i.code() + ": name the Cobalt Refiner standard with its version");
            }
        }
        assertNoProblems("equivalences", problems);
    }

    @Test
    void mineralsOfTheEnergyTransitionAreScopedAndLithiumBrineEssentialsHold() {
        List<Indicator> all = indicators();
        List<String> problems = new ArrayList<>();
        for (String m : List.of("COBALT", "LITHIUM", "NICKEL", "COPPER", "NATURAL_GRAPHITE", "SYNTHETIC_GRAPHITE", "MANGANESE", "RARE_EARTHS",
                "MICA", "TIN", "TANTALUM", "TUNGSTEN", "GOLD")) {
            if (all.stream().noneMatch(i -> i.values("minerals").contains(m))) problems.add("no indicator scoped to " + m);
        }
        all.stream().filter(i -> i.values("minerals").contains("GRAPHITE"))
                .forEach(i -> problems.add(i.code() + ": 2.0 names natural or synthetic graphite, not GRAPHITE"));
        // water in salars and indigenous consent are essential wherever lithium brine applies
        for (String code : List.of("ENV-WAT-03", "HR-IND-02")) {
            Indicator i = byCode().get(code);
            if (!i.essential() || !i.values("minerals").contains("LITHIUM")) problems.add(code + " must be an essential lithium indicator");
        }
        if (all.stream().noneMatch(i -> i.values("minerals").contains("MICA") && i.essential() && i.references("GRI_14", c -> c.startsWith("14.18 ")))) {
            problems.add("no essential mica child-labour indicator (GRI 14.18)");
        }
        assertNoProblems("minerals", problems);
    }

    @Test
    void chineseUsesTheStandardTerms() {
        List<String> problems = new ArrayList<>();
        Map<String, String> wrong = Map.of("尽职调查", "尽责管理", "原住民", "土著人民", "冲突及高风险地区", "受冲突影响和高风险区域");
        StringBuilder all = new StringBuilder();
        ROOT.path("themes").forEach(t -> collect(t, all));
        wrong.forEach((bad, good) -> {
            if (all.indexOf(bad) >= 0) problems.add("uses '" + bad + "' instead of '" + good + "'");
        });
        for (Indicator i : indicators()) {
            if (i.values("minerals").contains("LITHIUM") && i.node().toString().contains("流域")) {
                problems.add(i.code() + ": a salar is 盐湖/盐湖盆地, not 流域");
            }
        }
        if (all.indexOf("受冲突影响和高风险区域") < 0) problems.add("CAHRA is never named 受冲突影响和高风险区域");
        assertNoProblems("Chinese terms", problems);
    }

    @Test
    void everyTitleAndGuidanceIsWrittenInSixLanguages() {
        List<String> problems = new ArrayList<>();
        List<String> languages = List.of("en", "zh", "fr", "es", "pt", "id");
        List<JsonNode> nodes = new ArrayList<>();
        ROOT.path("themes").forEach(t -> {
            nodes.add(t);
            t.path("topics").forEach(tp -> {
                nodes.add(tp);
                tp.path("aspects").forEach(nodes::add);
            });
        });
        for (JsonNode n : nodes) {
            for (String l : languages) {
                if (n.path("title").path(l).asText("").isBlank()) problems.add(n.path("code").asText() + ": no title." + l);
            }
        }
        for (Indicator i : indicators()) {
            for (String field : List.of("title", "guidance")) {
                JsonNode texts = i.node().path(field);
                for (String l : languages) {
                    if (texts.path(l).asText("").isBlank()) problems.add(i.code() + ": no " + field + "." + l);
                }
                // a translation is not a copy of the English text
                for (String l : List.of("fr", "es", "pt", "id")) {
                    if (texts.path(l).asText().equals(texts.path("en").asText())) problems.add(i.code() + ": " + field + "." + l + " is the English text");
                }
            }
        }
        assertNoProblems("six languages", problems);
    }

    private static void collect(JsonNode n, StringBuilder out) {
        if (n.isObject()) {
            if (n.has("zh")) out.append(n.path("zh").asText()).append('\n');
            n.elements().forEachRemaining(c -> collect(c, out));
        } else if (n.isArray()) {
            n.elements().forEachRemaining(c -> collect(c, out));
        }
    }
}
