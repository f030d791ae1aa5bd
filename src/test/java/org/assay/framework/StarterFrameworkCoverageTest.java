package org.assay.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Checks that the starter framework shipped with the platform (version 1.0 of the "Responsible Minerals
 * Supplier Framework") is structurally valid in the import format and covers the crosswalk the consortium
 * relies on: the eight CCCMC GSRM issue areas, OECD due diligence steps 1-5 plus the CCCMC remediation step,
 * the GRI 14 extractive topics, mineral-specific risks and certificate equivalences.
 *
 * <p>Plain JUnit, no Quarkus: it only reads the JSON resource.
 */
class StarterFrameworkCoverageTest {

    static final String RESOURCE = "/framework/starter-framework-1.0.json";

    /** Theme code -> the CCCMC GSRM issue area it stands for (one theme per issue area). */
    static final Map<String, String> THEME_TO_GSRM_AREA = new LinkedHashMap<>();

    static {
        THEME_TO_GSRM_AREA.put("GOV", "Organisational governance");
        THEME_TO_GSRM_AREA.put("FOP", "Fair operating practices");
        THEME_TO_GSRM_AREA.put("SCM", "Supply chain management");
        THEME_TO_GSRM_AREA.put("HR", "Human rights");
        THEME_TO_GSRM_AREA.put("LAB", "Labour issues");
        THEME_TO_GSRM_AREA.put("OHS", "Occupational health and safety");
        THEME_TO_GSRM_AREA.put("ENV", "Environment");
        THEME_TO_GSRM_AREA.put("COM", "Community development");
    }

    static final Set<String> ANSWER_TYPES = Set.of("YES_NO", "MATURITY", "NUMBER", "TEXT", "DOCUMENT");
    static final Set<String> CLASSIFICATIONS = Set.of("ESSENTIAL", "OPTIONAL");
    static final Set<String> STAGES =
            Set.of("EXTRACTION", "PROCESSING", "REFINING", "MANUFACTURING", "RECYCLING", "TRADING");
    static final Set<String> MINERALS = Set.of("COBALT", "LITHIUM", "NICKEL", "COPPER", "GRAPHITE", "MANGANESE",
            "TIN", "TANTALUM", "TUNGSTEN", "GOLD", "RARE_EARTHS", "ALUMINIUM", "ZINC", "SILVER",
            "PLATINUM_GROUP_METALS");
    static final Set<String> STANDARDS = Set.of("OECD_DDG", "CCCMC_DDG", "CCCMC_GSRM", "GRI_14", "IRMA",
            "ISO_26000", "RMI_RMAP", "COPPER_MARK", "ISO_14001", "ISO_45001", "ILO");
    static final Set<String> DIRECTIONS = Set.of("HIGHER_IS_BETTER", "LOWER_IS_BETTER");
    static final Set<String> THREE_TG = Set.of("TIN", "TANTALUM", "TUNGSTEN", "GOLD");

    static final String CCCMC_REMEDIATION_STEP = "Step 6: Provide for or cooperate in remediation";

    static final Pattern THEME_CODE = Pattern.compile("[A-Z]{2,3}");
    static final Pattern TOPIC_CODE = Pattern.compile("([A-Z]{2,3})\\.([A-Z]{3})");
    static final Pattern ASPECT_CODE = Pattern.compile("([A-Z]{2,3}\\.[A-Z]{3})\\.([A-Z]{3})");
    static final Pattern INDICATOR_CODE = Pattern.compile("([A-Z]{2,3})-([A-Z]{3})-(\\d{2})");
    static final Pattern OECD_CLAUSE = Pattern.compile("Step ([1-5])\\b.*");
    static final Pattern CCCMC_DDG_CLAUSE = Pattern.compile("Step ([1-6]):.+");
    static final Pattern GRI_14_CLAUSE = Pattern.compile("14\\.(\\d{1,2}) \\S.*");
    static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** GRI 14 extractive topics that must each be referenced: label -> accepted GRI 14 topic numbers. */
    static final Map<String, Set<Integer>> REQUIRED_GRI_TOPICS = new LinkedHashMap<>();

    static {
        REQUIRED_GRI_TOPICS.put("emissions (14.1 GHG or 14.3 air)", Set.of(1, 3));
        REQUIRED_GRI_TOPICS.put("biodiversity (14.4)", Set.of(4));
        REQUIRED_GRI_TOPICS.put("waste (14.5)", Set.of(5));
        REQUIRED_GRI_TOPICS.put("tailings (14.6)", Set.of(6));
        REQUIRED_GRI_TOPICS.put("water and effluents (14.7)", Set.of(7));
        REQUIRED_GRI_TOPICS.put("local communities (14.10)", Set.of(10));
        REQUIRED_GRI_TOPICS.put("rights of Indigenous Peoples (14.12)", Set.of(12));
        REQUIRED_GRI_TOPICS.put("security practices (14.15)", Set.of(15));
        REQUIRED_GRI_TOPICS.put("child labor (14.19)", Set.of(19));
        REQUIRED_GRI_TOPICS.put("forced labor (14.20)", Set.of(20));
        REQUIRED_GRI_TOPICS.put("anti-corruption (14.23)", Set.of(23));
    }

    /** An indicator together with the codes of its ancestors. */
    record Indicator(String theme, String topic, String aspect, JsonNode node) {
        String code() {
            return node.path("code").asText("<no code>");
        }

        String answerType() {
            return node.path("answerType").asText();
        }

        boolean essential() {
            return "ESSENTIAL".equals(node.path("classification").asText());
        }

        boolean cahraOnly() {
            return node.path("applicability").path("cahraOnly").asBoolean(false);
        }

        Set<String> minerals() {
            Set<String> out = new HashSet<>();
            node.path("applicability").path("minerals").forEach(m -> out.add(m.asText()));
            return out;
        }

        List<JsonNode> references() {
            List<JsonNode> out = new ArrayList<>();
            node.path("references").forEach(out::add);
            return out;
        }

        boolean references(String standard, Predicate<String> clause) {
            return references().stream().anyMatch(r -> standard.equals(r.path("standard").asText())
                    && clause.test(r.path("clause").asText()));
        }
    }

    private static JsonNode cachedRoot;

    static synchronized JsonNode root() {
        if (cachedRoot == null) {
            try (InputStream in = StarterFrameworkCoverageTest.class.getResourceAsStream(RESOURCE)) {
                assertNotNull(in, "classpath resource " + RESOURCE + " not found");
                cachedRoot = new ObjectMapper().readTree(in);
            } catch (IOException e) {
                fail("cannot parse " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return cachedRoot;
    }

    static List<Indicator> indicators() {
        List<Indicator> out = new ArrayList<>();
        for (JsonNode theme : root().path("themes")) {
            for (JsonNode topic : theme.path("topics")) {
                for (JsonNode aspect : topic.path("aspects")) {
                    for (JsonNode indicator : aspect.path("indicators")) {
                        out.add(new Indicator(theme.path("code").asText(), topic.path("code").asText(),
                                aspect.path("code").asText(), indicator));
                    }
                }
            }
        }
        return out;
    }

    static Map<String, Indicator> indicatorsByCode() {
        Map<String, Indicator> out = new HashMap<>();
        for (Indicator i : indicators()) {
            out.put(i.code(), i);
        }
        return out;
    }

    static void assertNoProblems(String what, List<String> problems) {
        assertTrue(problems.isEmpty(),
                () -> what + " - " + problems.size() + " problem(s):\n  " + String.join("\n  ", problems));
    }

    static boolean isNonBlankText(JsonNode node) {
        return node != null && node.isTextual() && !node.asText().isBlank();
    }

    static Integer griTopicNumber(String clause) {
        Matcher m = GRI_14_CLAUSE.matcher(clause);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    // ---------------------------------------------------------------------------------- structure

    @Test
    void headerNamesTheFrameworkAndVersion() {
        JsonNode root = root();
        assertEquals("Responsible Minerals Supplier Framework", root.path("name").asText(), "framework name");
        assertEquals("1.0", root.path("version").asText(), "framework version");
        assertTrue(root.path("themes").isArray() && root.path("themes").size() > 0, "themes must be a non-empty array");
        assertTrue(root.path("equivalences").isArray(), "equivalences must be an array");
    }

    @Test
    void fourTiersArePresentAndCodesAreWellFormedAndUnique() {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> themeCodes = new ArrayList<>();

        for (JsonNode theme : root().path("themes")) {
            String themeCode = theme.path("code").asText();
            themeCodes.add(themeCode);
            if (!THEME_CODE.matcher(themeCode).matches()) {
                problems.add("theme code '" + themeCode + "' is malformed");
            }
            if (!seen.add(themeCode)) {
                problems.add("duplicate code " + themeCode);
            }
            JsonNode weight = theme.path("weight");
            if (!weight.isNumber() || weight.asDouble() <= 0) {
                problems.add("theme " + themeCode + ": weight must be a positive number, was " + weight);
            }
            if (!theme.path("topics").isArray() || theme.path("topics").isEmpty()) {
                problems.add("theme " + themeCode + " has no topics");
            }
            for (JsonNode topic : theme.path("topics")) {
                String topicCode = topic.path("code").asText();
                Matcher tm = TOPIC_CODE.matcher(topicCode);
                if (!tm.matches() || !tm.group(1).equals(themeCode)) {
                    problems.add("topic code '" + topicCode + "' must look like " + themeCode + ".XXX");
                }
                if (!seen.add(topicCode)) {
                    problems.add("duplicate code " + topicCode);
                }
                if (!topic.path("aspects").isArray() || topic.path("aspects").isEmpty()) {
                    problems.add("topic " + topicCode + " has no aspects");
                }
                for (JsonNode aspect : topic.path("aspects")) {
                    String aspectCode = aspect.path("code").asText();
                    Matcher am = ASPECT_CODE.matcher(aspectCode);
                    if (!am.matches() || !am.group(1).equals(topicCode)) {
                        problems.add("aspect code '" + aspectCode + "' must look like " + topicCode + ".YYY");
                    }
                    if (!seen.add(aspectCode)) {
                        problems.add("duplicate code " + aspectCode);
                    }
                    if (!aspect.path("indicators").isArray() || aspect.path("indicators").isEmpty()) {
                        problems.add("aspect " + aspectCode + " has no indicators");
                    }
                    for (JsonNode indicator : aspect.path("indicators")) {
                        String code = indicator.path("code").asText();
                        Matcher im = INDICATOR_CODE.matcher(code);
                        String expectedPrefix = topicCode.replace('.', '-') + "-";
                        if (!im.matches() || !code.startsWith(expectedPrefix)) {
                            problems.add("indicator code '" + code + "' (in " + aspectCode + ") must look like "
                                    + expectedPrefix + "NN");
                        }
                        if (!seen.add(code)) {
                            problems.add("duplicate code " + code);
                        }
                    }
                }
            }
        }
        assertEquals(new ArrayList<>(THEME_TO_GSRM_AREA.keySet()).stream().sorted().collect(Collectors.toList()),
                themeCodes.stream().sorted().collect(Collectors.toList()),
                "themes must be exactly the eight CCCMC GSRM issue areas");
        assertNoProblems("tree structure", problems);
    }

    @Test
    void everyNodeHasEnglishAndChineseTitlesAndIndicatorsHaveGuidance() {
        List<String> problems = new ArrayList<>();
        for (JsonNode theme : root().path("themes")) {
            checkBilingual(problems, theme.path("code").asText(), "title", theme.path("title"));
            for (JsonNode topic : theme.path("topics")) {
                checkBilingual(problems, topic.path("code").asText(), "title", topic.path("title"));
                for (JsonNode aspect : topic.path("aspects")) {
                    checkBilingual(problems, aspect.path("code").asText(), "title", aspect.path("title"));
                    for (JsonNode indicator : aspect.path("indicators")) {
                        String code = indicator.path("code").asText();
                        checkBilingual(problems, code, "title", indicator.path("title"));
                        checkBilingual(problems, code, "guidance", indicator.path("guidance"));
                    }
                }
            }
        }
        assertNoProblems("multilingual texts", problems);
    }

    private static void checkBilingual(List<String> problems, String code, String field, JsonNode text) {
        if (!isNonBlankText(text.get("en"))) {
            problems.add(code + ": " + field + ".en is missing or blank");
        }
        if (!isNonBlankText(text.get("zh"))) {
            problems.add(code + ": " + field + ".zh is missing or blank");
        } else if (!CJK.matcher(text.get("zh").asText()).find()) {
            problems.add(code + ": " + field + ".zh contains no Chinese characters");
        }
    }

    @Test
    void indicatorFieldsUseValidValues() {
        List<String> problems = new ArrayList<>();
        for (Indicator i : indicators()) {
            JsonNode n = i.node();
            String code = i.code();
            if (!ANSWER_TYPES.contains(i.answerType())) {
                problems.add(code + ": invalid answerType '" + i.answerType() + "'");
            }
            if (!CLASSIFICATIONS.contains(n.path("classification").asText())) {
                problems.add(code + ": invalid classification '" + n.path("classification").asText() + "'");
            }
            JsonNode weight = n.path("weight");
            if (!weight.isNumber() || weight.asDouble() < 1 || weight.asDouble() > 5) {
                problems.add(code + ": weight must be a number between 1 and 5, was " + weight);
            }
            JsonNode risk = n.path("riskType");
            if (!risk.isIntegralNumber() || (risk.asInt() != 1 && risk.asInt() != 2)) {
                problems.add(code + ": riskType must be 1 or 2, was " + risk);
            }

            JsonNode app = n.path("applicability");
            if (!app.isObject()) {
                problems.add(code + ": applicability is missing");
            } else {
                checkEnumArray(problems, code, "applicability.stages", app.path("stages"), STAGES);
                checkEnumArray(problems, code, "applicability.minerals", app.path("minerals"), MINERALS);
                if (!app.path("cahraOnly").isBoolean()) {
                    problems.add(code + ": applicability.cahraOnly must be a boolean");
                }
            }

            List<JsonNode> refs = i.references();
            if (refs.isEmpty()) {
                problems.add(code + ": needs at least one reference");
            }
            for (JsonNode ref : refs) {
                String standard = ref.path("standard").asText();
                if (!STANDARDS.contains(standard)) {
                    problems.add(code + ": unknown reference standard '" + standard + "'");
                }
                if (!isNonBlankText(ref.get("clause"))) {
                    problems.add(code + ": reference to " + standard + " has no clause");
                }
            }

            boolean isNumber = "NUMBER".equals(i.answerType());
            if (isNumber) {
                if (!isNonBlankText(n.get("unit"))) {
                    problems.add(code + ": NUMBER indicator needs a unit");
                }
                JsonNode thresholds = n.path("thresholds");
                if (!DIRECTIONS.contains(thresholds.path("direction").asText())) {
                    problems.add(code + ": thresholds.direction must be HIGHER_IS_BETTER or LOWER_IS_BETTER");
                }
                JsonNode values = thresholds.path("values");
                if (!values.isArray() || values.size() != 4) {
                    problems.add(code + ": thresholds.values must hold exactly 4 numbers, was " + values);
                } else {
                    for (int k = 0; k < 4; k++) {
                        if (!values.get(k).isNumber()) {
                            problems.add(code + ": threshold " + values.get(k) + " is not a number");
                        } else if (k > 0 && values.get(k).asDouble() <= values.get(k - 1).asDouble()) {
                            problems.add(code + ": thresholds must be strictly ascending, got " + values);
                        }
                    }
                }
            } else if (n.has("unit") || n.has("thresholds")) {
                problems.add(code + ": only NUMBER indicators may have unit/thresholds (answerType "
                        + i.answerType() + ")");
            }
        }
        assertNoProblems("indicator fields", problems);
    }

    private static void checkEnumArray(List<String> problems, String code, String field, JsonNode array,
            Set<String> allowed) {
        if (!array.isArray()) {
            problems.add(code + ": " + field + " must be an array");
            return;
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode v : array) {
            if (!allowed.contains(v.asText())) {
                problems.add(code + ": " + field + " has invalid value '" + v.asText() + "'");
            }
            if (!seen.add(v.asText())) {
                problems.add(code + ": " + field + " repeats '" + v.asText() + "'");
            }
        }
    }

    @Test
    void referenceClausesFollowTheCrosswalkConventions() {
        List<String> problems = new ArrayList<>();
        for (Indicator i : indicators()) {
            for (JsonNode ref : i.references()) {
                String standard = ref.path("standard").asText();
                String clause = ref.path("clause").asText();
                switch (standard) {
                    case "OECD_DDG" -> {
                        if (!OECD_CLAUSE.matcher(clause).matches()) {
                            problems.add(i.code() + ": OECD_DDG clause must start with 'Step 1'..'Step 5': " + clause);
                        }
                    }
                    case "CCCMC_DDG" -> {
                        if (!CCCMC_DDG_CLAUSE.matcher(clause).matches()) {
                            problems.add(i.code() + ": CCCMC_DDG clause must start with 'Step N:' (1-6): " + clause);
                        }
                    }
                    case "CCCMC_GSRM" -> {
                        if (!THEME_TO_GSRM_AREA.containsValue(clause)) {
                            problems.add(i.code() + ": CCCMC_GSRM clause is not one of the eight issue areas: "
                                    + clause);
                        }
                    }
                    case "GRI_14" -> {
                        Integer topic = griTopicNumber(clause);
                        if (topic == null || topic < 1 || topic > 25) {
                            problems.add(i.code() + ": GRI_14 clause must be '14.N <topic>' with N in 1..25: "
                                    + clause);
                        }
                    }
                    default -> {
                        // free text for the other standards
                    }
                }
            }
        }
        assertNoProblems("reference clause conventions", problems);
    }

    // ---------------------------------------------------------------------------------- coverage

    @Test
    void hasEnoughIndicatorsEssentialsAndAnswerTypes() {
        List<Indicator> all = indicators();
        long essential = all.stream().filter(Indicator::essential).count();
        long numbers = all.stream().filter(i -> "NUMBER".equals(i.answerType())).count();
        long unscored = all.stream()
                .filter(i -> "TEXT".equals(i.answerType()) || "DOCUMENT".equals(i.answerType())).count();
        assertTrue(all.size() >= 45, "at least 45 indicators expected, found " + all.size());
        assertTrue(essential >= 16, "at least 16 ESSENTIAL indicators expected, found " + essential);
        assertTrue(numbers >= 2, "at least 2 NUMBER indicators expected, found " + numbers);
        assertTrue(unscored >= 2, "at least 2 TEXT/DOCUMENT indicators expected, found " + unscored);
    }

    @Test
    void everyGsrmIssueAreaIsReferencedByItsTheme() {
        List<String> problems = new ArrayList<>();
        List<Indicator> all = indicators();
        for (Map.Entry<String, String> e : THEME_TO_GSRM_AREA.entrySet()) {
            String area = e.getValue();
            if (all.stream().noneMatch(i -> i.references("CCCMC_GSRM", area::equals))) {
                problems.add("no indicator references CCCMC GSRM issue area '" + area + "'");
            }
            if (all.stream().noneMatch(i -> i.theme().equals(e.getKey()) && i.references("CCCMC_GSRM", area::equals))) {
                problems.add("theme " + e.getKey() + " has no indicator referencing its GSRM issue area '" + area + "'");
            }
        }
        assertNoProblems("CCCMC GSRM coverage", problems);
    }

    @Test
    void everyDueDiligenceStepIsReferencedByAnEssentialIndicator() {
        List<String> problems = new ArrayList<>();
        List<Indicator> all = indicators();
        for (int step = 1; step <= 5; step++) {
            String prefix = "Step " + step;
            Predicate<String> clause = c -> OECD_CLAUSE.matcher(c).matches() && c.startsWith(prefix);
            if (all.stream().noneMatch(i -> i.references("OECD_DDG", clause))) {
                problems.add("OECD DDG " + prefix + " is not referenced by any indicator");
            } else if (all.stream().noneMatch(i -> i.essential() && i.references("OECD_DDG", clause))) {
                problems.add("OECD DDG " + prefix + " is not referenced by any ESSENTIAL indicator");
            }
        }
        if (all.stream().noneMatch(i -> i.references("CCCMC_DDG", CCCMC_REMEDIATION_STEP::equals))) {
            problems.add("CCCMC DDG '" + CCCMC_REMEDIATION_STEP + "' is not referenced by any indicator");
        } else if (all.stream().noneMatch(i -> i.essential()
                && i.references("CCCMC_DDG", CCCMC_REMEDIATION_STEP::equals))) {
            problems.add("CCCMC DDG remediation step is not referenced by any ESSENTIAL indicator");
        }
        assertNoProblems("due diligence step coverage", problems);
    }

    @Test
    void griExtractiveTopicsAreCovered() {
        List<String> problems = new ArrayList<>();
        List<Indicator> all = indicators();
        for (Map.Entry<String, Set<Integer>> e : REQUIRED_GRI_TOPICS.entrySet()) {
            Predicate<String> clause = c -> {
                Integer n = griTopicNumber(c);
                return n != null && e.getValue().contains(n);
            };
            if (all.stream().noneMatch(i -> i.references("GRI_14", clause))) {
                problems.add("no GRI_14 reference for " + e.getKey());
            }
        }
        assertNoProblems("GRI 14 coverage", problems);
    }

    @Test
    void mineralSpecificRisksAreCovered() {
        List<String> problems = new ArrayList<>();
        List<Indicator> all = indicators();
        for (String mineral : List.of("COBALT", "LITHIUM", "NICKEL", "COPPER", "TIN", "TANTALUM", "TUNGSTEN", "GOLD")) {
            if (all.stream().noneMatch(i -> i.minerals().contains(mineral))) {
                problems.add("no mineral-specific indicator for " + mineral);
            }
        }
        // cobalt: artisanal mining / child labour
        if (all.stream().noneMatch(i -> i.minerals().contains("COBALT")
                && (i.references("GRI_14", c -> Integer.valueOf(19).equals(griTopicNumber(c)))
                    || i.references("GRI_14", c -> Integer.valueOf(14).equals(griTopicNumber(c)))))) {
            problems.add("no cobalt indicator on artisanal mining (GRI 14.14) or child labour (GRI 14.19)");
        }
        // lithium: water balance and Indigenous consultation
        if (all.stream().noneMatch(i -> i.minerals().contains("LITHIUM")
                && i.references("GRI_14", c -> Integer.valueOf(7).equals(griTopicNumber(c))))) {
            problems.add("no lithium indicator on water (GRI 14.7)");
        }
        if (all.stream().noneMatch(i -> i.minerals().contains("LITHIUM")
                && i.references("GRI_14", c -> Integer.valueOf(12).equals(griTopicNumber(c))))) {
            problems.add("no lithium indicator on Indigenous Peoples' rights (GRI 14.12)");
        }
        // nickel: deforestation and tailings
        if (all.stream().noneMatch(i -> i.minerals().contains("NICKEL")
                && i.references("GRI_14", c -> Integer.valueOf(4).equals(griTopicNumber(c))))) {
            problems.add("no nickel indicator on deforestation/biodiversity (GRI 14.4)");
        }
        if (all.stream().noneMatch(i -> i.minerals().contains("NICKEL")
                && i.references("GRI_14", c -> Integer.valueOf(6).equals(griTopicNumber(c))))) {
            problems.add("no nickel indicator on tailings (GRI 14.6)");
        }
        // copper: Copper Mark and community relations
        if (all.stream().noneMatch(i -> i.minerals().contains("COPPER") && i.references("COPPER_MARK", c -> true))) {
            problems.add("no copper indicator referencing The Copper Mark");
        }
        if (all.stream().noneMatch(i -> i.minerals().contains("COPPER")
                && i.references("GRI_14", c -> Integer.valueOf(10).equals(griTopicNumber(c))))) {
            problems.add("no copper indicator on community relations (GRI 14.10)");
        }
        // 3TG: RMAP conformance and CAHRA sourcing
        Predicate<Indicator> is3tg = i -> i.minerals().stream().anyMatch(THREE_TG::contains);
        if (all.stream().noneMatch(i -> is3tg.test(i) && i.references("RMI_RMAP", c -> true))) {
            problems.add("no 3TG indicator referencing RMI RMAP");
        }
        if (all.stream().noneMatch(i -> is3tg.test(i) && i.cahraOnly())) {
            problems.add("no CAHRA-only 3TG sourcing indicator");
        }
        assertNoProblems("mineral-specific coverage", problems);
    }

    @Test
    void cahraOnlyIndicatorsExistAndAreRiskType1() {
        List<Indicator> cahra = indicators().stream().filter(Indicator::cahraOnly).collect(Collectors.toList());
        assertTrue(cahra.size() >= 2, "at least 2 cahraOnly indicators expected, found " + cahra.size());
        List<String> problems = new ArrayList<>();
        for (Indicator i : cahra) {
            if (i.node().path("riskType").asInt() != 1) {
                problems.add(i.code() + ": cahraOnly indicator must be riskType 1");
            }
        }
        assertNoProblems("CAHRA-only indicators", problems);
    }

    @Test
    void coreRisksAreEssential() {
        List<String> problems = new ArrayList<>();
        List<Indicator> all = indicators();
        Map<String, Integer> coreGriTopics = new LinkedHashMap<>();
        coreGriTopics.put("child labour", 19);
        coreGriTopics.put("forced labour", 20);
        coreGriTopics.put("tailings safety", 6);
        for (Map.Entry<String, Integer> e : coreGriTopics.entrySet()) {
            if (all.stream().noneMatch(i -> i.essential()
                    && i.references("GRI_14", c -> e.getValue().equals(griTopicNumber(c))))) {
                problems.add("no ESSENTIAL indicator for " + e.getKey() + " (GRI 14." + e.getValue() + ")");
            }
        }
        if (all.stream().noneMatch(i -> "OHS".equals(i.theme()) && i.essential())) {
            problems.add("no ESSENTIAL occupational health and safety indicator");
        }
        for (Indicator i : all) {
            if (i.essential() && ("TEXT".equals(i.answerType()) || "DOCUMENT".equals(i.answerType()))) {
                problems.add(i.code() + ": unscored " + i.answerType() + " indicator cannot be ESSENTIAL");
            }
        }
        assertNoProblems("essential core items", problems);
    }

    // ---------------------------------------------------------------------------------- equivalences

    @Test
    void equivalencesPointToScoredIndicatorsWithFittingAnswers() {
        Map<String, Indicator> byCode = indicatorsByCode();
        List<String> problems = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        for (JsonNode eq : root().path("equivalences")) {
            String scheme = eq.path("scheme").asText();
            String code = eq.path("indicator").asText();
            String label = scheme + " -> " + code;
            if (!scheme.matches("[A-Z][A-Z0-9_]*")) {
                problems.add(label + ": scheme must be an upper-case identifier");
            }
            if (!pairs.add(scheme + "|" + code)) {
                problems.add(label + ": duplicate equivalence");
            }
            Indicator target = byCode.get(code);
            if (target == null) {
                problems.add(label + ": indicator does not exist");
                continue;
            }
            JsonNode implied = eq.path("impliedAnswer");
            switch (target.answerType()) {
                case "YES_NO" -> {
                    if (!(implied.size() == 1 && implied.path("yes").isBoolean())) {
                        problems.add(label + ": YES_NO indicator needs impliedAnswer {\"yes\": true|false}, was "
                                + implied);
                    }
                }
                case "MATURITY" -> {
                    JsonNode level = implied.path("maturity");
                    if (!(implied.size() == 1 && level.isIntegralNumber() && level.asInt() >= 0
                            && level.asInt() <= 4)) {
                        problems.add(label + ": MATURITY indicator needs impliedAnswer {\"maturity\": 0..4}, was "
                                + implied);
                    }
                }
                default -> problems.add(label + ": " + target.answerType()
                        + " indicators cannot be answered by a certificate");
            }
        }
        assertNoProblems("equivalences", problems);
    }

    @Test
    void requiredCertificateSchemesAreMapped() {
        Map<String, Indicator> byCode = indicatorsByCode();
        Map<String, String> schemeToTheme = new LinkedHashMap<>();
        schemeToTheme.put("ISO_14001", "ENV");
        schemeToTheme.put("ISO_45001", "OHS");
        schemeToTheme.put("RMI_RMAP", "SCM");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : schemeToTheme.entrySet()) {
            boolean mapped = false;
            for (JsonNode eq : root().path("equivalences")) {
                Indicator target = byCode.get(eq.path("indicator").asText());
                if (e.getKey().equals(eq.path("scheme").asText()) && target != null
                        && e.getValue().equals(target.theme())) {
                    mapped = true;
                }
            }
            if (!mapped) {
                problems.add(e.getKey() + " must map to at least one indicator of theme " + e.getValue());
            }
        }
        boolean rmapCovers3tg = false;
        for (JsonNode eq : root().path("equivalences")) {
            Indicator target = byCode.get(eq.path("indicator").asText());
            if ("RMI_RMAP".equals(eq.path("scheme").asText()) && target != null
                    && target.minerals().stream().anyMatch(THREE_TG::contains)) {
                rmapCovers3tg = true;
            }
        }
        if (!rmapCovers3tg) {
            problems.add("RMI_RMAP must map to at least one 3TG-specific indicator");
        }
        assertNoProblems("certificate scheme equivalences", problems);
    }
}
