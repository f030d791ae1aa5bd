package org.assay.framework.document;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.assay.framework.scoring.Rating;
import org.assay.framework.scoring.ScoringRules;
import org.assay.platform.UserError;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import format: complete validation with JSON paths, and lossless round trips. */
class FrameworkDocumentReaderTest {

    static final Set<String> SCHEMES = Set.of("ISO_14001", "ISO_45001", "RMI_RMAP", "COPPER_MARK", "IRMA", "RESPONSIBLE_STEEL", "ASI");
    static final ObjectMapper JSON = new ObjectMapper();

    static String starter() throws Exception {
        try (InputStream in = FrameworkDocumentReaderTest.class.getResourceAsStream("/framework/starter-framework-1.0.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void starterDocumentIsValid() throws Exception {
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(starter(), SCHEMES);
        assertEquals(List.of(), r.errors());
        FrameworkDocument doc = r.document();
        assertEquals("1.0", doc.version());
        assertEquals(8, doc.themes().size());
        assertEquals(80, doc.indicators().count());
        assertEquals(18, doc.equivalences().size());
        assertEquals(ScoringRules.defaults(), doc.scoringRules(), "no scoringRules in the document = the defaults");
        IndicatorSpec first = doc.indicators().findFirst().orElseThrow().indicator();
        assertEquals("GOV-POL-01", first.code());
        assertEquals("经董事会批准的负责任矿产供应链政策", first.titleZh());
    }

    @Test
    void writeThenReadIsLossless() throws Exception {
        FrameworkDocument doc = FrameworkDocumentReader.read(starter(), SCHEMES).document();
        String once = FrameworkDocumentWriter.write(doc);
        FrameworkDocumentReader.Result again = FrameworkDocumentReader.read(once, SCHEMES);
        assertEquals(List.of(), again.errors());
        assertEquals(once, FrameworkDocumentWriter.write(again.document()));
        // and the content is the same as the original, indicator by indicator
        FrameworkDiff.Result diff = FrameworkDiff.between(placed(doc), placed(again.document()));
        assertTrue(diff.added().isEmpty() && diff.retired().isEmpty() && diff.changed().isEmpty(), diff.toString());
        assertEquals(JSON.readTree(starter()).get("equivalences"), JSON.readTree(once).get("equivalences"));
    }

    static java.util.Map<String, FrameworkDiff.Placed> placed(FrameworkDocument doc) {
        java.util.Map<String, FrameworkDiff.Placed> out = new java.util.LinkedHashMap<>();
        doc.indicators().forEach(l -> out.put(l.indicator().code(), new FrameworkDiff.Placed(l.aspectCode(), l.indicator())));
        return out;
    }

    @Test
    void everyProblemIsReportedWithItsJsonPath() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(starter());
        root.put("version", "1.0.0");
        ObjectNode theme2 = (ObjectNode) root.get("themes").get(2);
        theme2.put("weight", -1);
        ObjectNode indicator = (ObjectNode) theme2.get("topics").get(1).get("aspects").get(1).withArray("indicators").get(0);
        indicator.put("answerType", "STARS");
        indicator.put("riskType", 3);
        indicator.put("clasification", "ESSENTIAL");
        ((ObjectNode) indicator.get("title")).remove("en");
        ((ArrayNode) indicator.get("applicability").get("stages")).add("MOON");
        ObjectNode number = (ObjectNode) root.get("themes").get(5).get("topics").get(1).get("aspects").get(0).withArray("indicators").get(0);
        assertEquals("OHS-PRF-01", number.get("code").asText());
        ((ArrayNode) number.get("thresholds").get("values")).set(2, JSON.getNodeFactory().numberNode(0.1));
        number.remove("unit");
        // a duplicate indicator code in another theme
        ObjectNode other = (ObjectNode) root.get("themes").get(0).get("topics").get(0).get("aspects").get(0).withArray("indicators").get(0);
        other.put("code", "OHS-PRF-01");
        ((ObjectNode) root.withArray("equivalences").get(0)).put("scheme", "NOT_A_SCHEME");

        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(JSON.writeValueAsString(root), SCHEMES);
        assertNull(r.document());
        List<String> fields = r.errors().stream().map(UserError::field).toList();
        String ip = "themes[2].topics[1].aspects[1].indicators[0]";
        for (String expected : List.of("version", "themes[2].weight", ip + ".answerType", ip + ".riskType", ip + ".clasification",
                ip + ".title.en", ip + ".applicability.stages[0]",
                "themes[5].topics[1].aspects[0].indicators[0].thresholds.values[2]",
                "themes[5].topics[1].aspects[0].indicators[0].unit",
                "themes[5].topics[1].aspects[0].indicators[0].code",
                "equivalences[0].scheme")) {
            assertTrue(fields.contains(expected), "expected an error at " + expected + " in " + r.errors());
        }
        assertEquals("INVALID_VALUE", codeAt(r, ip + ".answerType"));
        assertEquals("UNKNOWN_FIELD", codeAt(r, ip + ".clasification"));
        assertEquals("DUPLICATE_CODE", codeAt(r, "themes[5].topics[1].aspects[0].indicators[0].code"));
        assertEquals("UNKNOWN_SCHEME", codeAt(r, "equivalences[0].scheme"));
        assertEquals("NOT_ASCENDING", codeAt(r, "themes[5].topics[1].aspects[0].indicators[0].thresholds.values[2]"));
    }

    static String codeAt(FrameworkDocumentReader.Result r, String field) {
        return r.errors().stream().filter(e -> field.equals(e.field())).map(e -> e.code().name()).findFirst().orElse(null);
    }

    @Test
    void structuralProblems() {
        assertEquals("INVALID_JSON", FrameworkDocumentReader.read("{\"name\": ", SCHEMES).errors().get(0).code().name());
        assertEquals("INVALID_JSON", FrameworkDocumentReader.read("{\"a\":1,\"a\":2}", SCHEMES).errors().get(0).code().name());
        assertEquals("REQUIRED", FrameworkDocumentReader.read("  ", SCHEMES).errors().get(0).code().name());
        assertEquals("INVALID_TYPE", FrameworkDocumentReader.read("[]", SCHEMES).errors().get(0).code().name());
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read("{\"themes\": {}}", SCHEMES);
        assertEquals(List.of("name", "version", "themes"), r.errors().stream().map(UserError::field).toList());
        r = FrameworkDocumentReader.read("{\"name\":\"X\",\"version\":\"1.0\",\"themes\":[]}", SCHEMES);
        assertEquals("themes", r.errors().get(0).field());
    }

    @Test
    void answerTypeRulesAndEquivalences() {
        String doc = """
                {"name": "T", "version": "2.3",
                 "scoringRules": {"bands": {"AAA": 90, "AA": 80, "A": 70, "BBB": 60, "BB": 50, "B": 40},
                                  "essentialFloor": 40, "essentialCap": "BBB", "openCriticalCap": "B"},
                 "themes": [{"code": "T1", "weight": 2.5, "title": {"en": "Theme"}, "topics": [
                   {"code": "T1.A", "title": {"en": "Topic", "zh": "主题"}, "aspects": [
                     {"code": "T1.A.X", "title": {"en": "Aspect"}, "indicators": [
                       {"code": "T-1", "title": {"en": "Text"}, "guidance": {"en": "g"}, "answerType": "TEXT",
                        "classification": "ESSENTIAL", "weight": 1, "riskType": 2, "unit": "kg"},
                       {"code": "T-2", "title": {"en": "Yes"}, "guidance": {"en": "g"}, "answerType": "YES_NO",
                        "classification": "OPTIONAL", "weight": 1.005, "riskType": 1},
                       {"code": "T-3", "title": {"en": "Num"}, "guidance": {"en": "g"}, "answerType": "NUMBER",
                        "classification": "OPTIONAL", "weight": 2, "riskType": 1, "unit": "t",
                        "thresholds": {"direction": "LOWER_IS_BETTER", "values": [1, 2, 3]}}
                     ]}]}]}],
                 "equivalences": [
                   {"scheme": "ISO_14001", "indicator": "T-2", "impliedAnswer": {"maturity": 2}},
                   {"scheme": "ISO_14001", "indicator": "T-3", "impliedAnswer": {"yes": true}},
                   {"scheme": "ISO_14001", "indicator": "T-9", "impliedAnswer": {"yes": true}}
                 ]}""";
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(doc, SCHEMES);
        String i = "themes[0].topics[0].aspects[0].indicators";
        assertEquals("UNSCORED_ESSENTIAL", codeAt(r, i + "[0].classification"));
        assertEquals("NOT_ALLOWED", codeAt(r, i + "[0].unit"));
        assertEquals("TOO_PRECISE", codeAt(r, i + "[1].weight"));
        assertEquals("INVALID_VALUE", codeAt(r, i + "[2].thresholds.values"));
        assertEquals("REQUIRED", codeAt(r, "equivalences[0].impliedAnswer.yes"));
        assertEquals("NOT_ALLOWED", codeAt(r, "equivalences[0].impliedAnswer.maturity"));
        assertEquals("NOT_CERTIFIABLE", codeAt(r, "equivalences[1].indicator"));
        assertEquals("UNKNOWN_INDICATOR", codeAt(r, "equivalences[2].indicator"));
        assertEquals(8, r.errors().size(), r.errors().toString());

        String fixed = doc.replace("\"ESSENTIAL\", \"weight\": 1, \"riskType\": 2, \"unit\": \"kg\"", "\"OPTIONAL\", \"weight\": 0, \"riskType\": 2")
                .replace("1.005", "1.25").replace("[1, 2, 3]", "[1, 2, 3, 4.5]")
                .replace("{\"maturity\": 2}", "{\"yes\": false}")
                .replace("{\"scheme\": \"ISO_14001\", \"indicator\": \"T-3\"", "{\"scheme\": \"ISO_45001\", \"indicator\": \"T-2\"")
                .replace("{\"scheme\": \"ISO_14001\", \"indicator\": \"T-9\"", "{\"scheme\": \"IRMA\", \"indicator\": \"T-2\"");
        r = FrameworkDocumentReader.read(fixed, SCHEMES);
        assertEquals(List.of(), r.errors());
        assertEquals(0, new BigDecimal("40").compareTo(r.document().scoringRules().essentialFloor()));
        assertEquals(Rating.BBB, r.document().scoringRules().essentialCap());
        IndicatorSpec text = r.document().indicators().findFirst().orElseThrow().indicator();
        assertNull(text.titleZh(), "a missing Chinese title is null (readers fall back to English)");
    }

    @Test
    void invalidScoringRulesAreReported() {
        String doc = """
                {"name": "T", "version": "1.0",
                 "scoringRules": {"bands": {"AAA": 50, "AA": 80, "A": 70, "BBB": 60, "BB": 50, "B": 40},
                                  "essentialFloor": 40, "essentialCap": "ZZ", "openCriticalCap": "B"},
                 "themes": [{"code": "T1", "weight": 1, "title": {"en": "Theme"}, "topics": []}]}""";
        FrameworkDocumentReader.Result r = FrameworkDocumentReader.read(doc, SCHEMES);
        assertEquals("INVALID_VALUE", codeAt(r, "scoringRules.essentialCap"));
        doc = doc.replace("\"ZZ\"", "\"BB\"");
        r = FrameworkDocumentReader.read(doc, SCHEMES);
        assertEquals("INVALID_VALUE", codeAt(r, "scoringRules"), r.errors().toString());
    }
}
