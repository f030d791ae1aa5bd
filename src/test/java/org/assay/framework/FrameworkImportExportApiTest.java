package org.assay.framework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assay.framework.FrameworkFixtures.current;
import static org.assay.framework.FrameworkFixtures.ensureNoDraft;
import static org.assay.framework.FrameworkFixtures.export;
import static org.assay.framework.FrameworkFixtures.newCode;
import static org.assay.framework.FrameworkFixtures.operator;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import (validated whole), export as JSON (round-trips) and CSV, and the diff between versions. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class FrameworkImportExportApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String IMPORT = """
            mutation($in: ImportFrameworkInput!) { importFramework(input: $in) {
              version { id number status indicatorCount } published userErrors { field code message } } }""";

    static String starter() throws Exception {
        try (InputStream in = FrameworkImportExportApiTest.class.getResourceAsStream("/framework/starter-framework-1.0.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int versionCount() {
        return operator().post("{ frameworkVersions(first: 100) { nodes { id } } }").assertNoErrors()
                .json().getList("data.frameworkVersions.nodes").size();
    }

    static Gql.Result importDocument(Gql who, String document) {
        return who.post(IMPORT, vars("in", Map.of("document", document)));
    }

    @Test
    void anInvalidImportIsRejectedWholeWithThePathOfEveryError() throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(starter());
        doc.remove("name");
        ((ObjectNode) doc.get("themes").get(0)).put("weight", 0);
        ObjectNode indicator = (ObjectNode) doc.get("themes").get(2).get("topics").get(0).get("aspects").get(0).get("indicators").get(1);
        indicator.put("answerType", "STARS");
        ((ObjectNode) indicator.get("applicability")).put("cahraOnly", "yes");
        ((ObjectNode) doc.get("equivalences").get(0)).put("indicator", "NOPE-01");
        int before = versionCount();

        Gql.Result r = importDocument(operator(), JSON.writeValueAsString(doc)).assertNoErrors();
        assertNull(r.get("data.importFramework.version"));
        assertEquals(List.of("name", "themes.0.weight", "themes.2.topics.0.aspects.0.indicators.1.answerType",
                        "themes.2.topics.0.aspects.0.indicators.1.applicability.cahraOnly", "equivalences.0.indicator"),
                r.userErrorFields("importFramework"), r.raw());
        assertEquals(List.of("REQUIRED", "OUT_OF_RANGE", "INVALID_VALUE", "INVALID_TYPE", "UNKNOWN_INDICATOR"),
                r.userErrorCodes("importFramework"));
        assertEquals(before, versionCount(), "nothing imported");

        assertEquals(List.of("INVALID_JSON"), importDocument(operator(), "{\"themes\": [").assertNoErrors().userErrorCodes("importFramework"));
        importDocument(Fixtures.party("MEMBER_FIRM", "Importing Member", "DE").client(), starter()).assertErrorCode("forbidden");
    }

    @Test
    void aDraftIsANodeOnlyForMembersAndTheOperatorAndNamesItsBase() throws Exception {
        ensureNoDraft();
        String currentId = (String) current().get("id");
        String json = new String(export(operator(), currentId, "export.json").asByteArray(), StandardCharsets.UTF_8);
        Gql.Result r = importDocument(operator(), json).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("importFramework"), r.raw());
        String draftId = r.string("data.importFramework.version.id");
        try {
            String node = "query($id: ID!) { node(id: $id) { id ... on FrameworkVersion { status basedOnVersion { id } } } }";
            Gql member = Fixtures.party("MEMBER_FIRM", "Node Member", "DE").client();
            Gql.Result seen = member.post(node, vars("id", draftId)).assertNoErrors();
            assertEquals("DRAFT", seen.string("data.node.status"));
            assertEquals(draftId, operator().post(node, vars("id", draftId)).assertNoErrors().string("data.node.id"));
            for (Gql other : List.of(Fixtures.party("SUPPLIER", "Node Supplier", "CD").client(),
                    Fixtures.party("ASSESSMENT_BODY", "Node Auditors", "GB").client())) {
                assertEquals(List.of("NOT_FOUND"), other.post(node, vars("id", draftId)).errorCodes(), "a draft answers like an unknown id");
                assertEquals(currentId, other.post(node, vars("id", currentId)).assertNoErrors().string("data.node.id"));
            }
        } finally {
            ensureNoDraft();
        }
    }

    @Test
    void exportJsonRoundTripsThroughImport() throws Exception {
        ensureNoDraft();
        String currentId = (String) current().get("id");
        Gql member = Fixtures.party("MEMBER_FIRM", "Exporting Member", "DE").client();
        Response exported = export(member, currentId, "export.json");
        assertEquals(200, exported.statusCode());
        assertTrue(exported.contentType().startsWith("application/json"), exported.contentType());
        assertTrue(exported.header("Content-Disposition").contains("framework-" + current().get("number") + ".json"));
        String json = new String(exported.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(json.contains("经董事会批准的负责任矿产供应链政策"));

        Gql.Result r = importDocument(operator(), json).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("importFramework"), r.raw());
        assertFalse(r.<Boolean>get("data.importFramework.published"), "later imports become the draft");
        assertEquals("DRAFT", r.string("data.importFramework.version.status"));
        String draftId = r.string("data.importFramework.version.id");
        try {
            JsonNode again = JSON.readTree(new String(export(member, draftId, "export.json").asByteArray(), StandardCharsets.UTF_8));
            JsonNode original = JSON.readTree(json);
            ((ObjectNode) again).remove("version");
            ((ObjectNode) original).remove("version");
            assertEquals(original, again, "export → import → export gives the same document");

            Gql.Result diff = operator().post("""
                    query($a: ID!, $b: ID!) { frameworkDiff(fromVersionId: $a, toVersionId: $b) { essentialSetChanged
                      added { code } retired { code } changed { code } } }""", vars("a", currentId, "b", draftId)).assertNoErrors();
            assertEquals(Map.of("essentialSetChanged", false, "added", List.of(), "retired", List.of(), "changed", List.of()),
                    diff.get("data.frameworkDiff"));

            // another import while a draft exists is refused
            assertEquals(List.of("DRAFT_EXISTS"), importDocument(operator(), json).assertNoErrors().userErrorCodes("importFramework"));
            // the draft is not visible to suppliers
            Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Draft Peeker", "CN");
            supplier.client().post("query($id: ID!) { frameworkVersion(id: $id) { id } }", vars("id", draftId)).assertErrorCode("NOT_FOUND");
            assertEquals(List.of(), supplier.client().post("{ frameworkVersions(status: DRAFT) { nodes { id } } }").assertNoErrors()
                    .json().getList("data.frameworkVersions.nodes"));
            assertEquals(404, export(supplier.client(), draftId, "export.json").statusCode());
        } finally {
            ensureNoDraft();
        }
    }

    @Test
    void theDiffListsAddedRetiredAndChangedIndicatorsWithOldAndNewValues() throws Exception {
        ensureNoDraft();
        String currentId = (String) current().get("id");
        ObjectNode doc = (ObjectNode) JSON.readTree(new String(export(operator(), currentId, "export.json").asByteArray(), StandardCharsets.UTF_8));
        String added = newCode("TST-DIFF");
        String retiredClassification = null;
        for (JsonNode theme : doc.get("themes")) {
            for (JsonNode topic : theme.get("topics")) {
                for (JsonNode aspect : topic.get("aspects")) {
                    ArrayNode indicators = (ArrayNode) aspect.get("indicators");
                    for (Iterator<JsonNode> it = indicators.elements(); it.hasNext(); ) {
                        ObjectNode i = (ObjectNode) it.next();
                        String code = i.get("code").asText();
                        if (code.equals("GOV-POL-02")) {
                            i.put("weight", 4.5);
                            ((ObjectNode) i.get("title")).put("zh", "董事会监督（修订）");
                        } else if (code.equals("GOV-MGT-04")) {
                            retiredClassification = i.get("classification").asText();
                            it.remove();
                        }
                    }
                    if (aspect.get("code").asText().equals("GOV.POL.RSP")) {
                        ObjectNode n = indicators.addObject();
                        n.put("code", added);
                        n.putObject("title").put("en", "Published sourcing policy in local languages");
                        n.putObject("guidance").put("en", "Yes when the policy is available in the languages of the sourcing regions.");
                        n.put("answerType", "YES_NO").put("classification", "OPTIONAL").put("weight", 1).put("riskType", 2);
                        n.putArray("references").addObject().put("standard", "OECD_DDG").put("clause", "Step 1: Establish strong company management systems");
                    }
                }
            }
        }
        ArrayNode eqs = (ArrayNode) doc.get("equivalences");
        for (Iterator<JsonNode> it = eqs.elements(); it.hasNext(); ) {
            if (it.next().get("indicator").asText().equals("GOV-MGT-04")) it.remove();
        }
        Gql.Result imported = importDocument(operator(), JSON.writeValueAsString(doc)).assertNoErrors();
        assertEquals(List.of(), imported.userErrorCodes("importFramework"), imported.raw());
        String draftId = imported.string("data.importFramework.version.id");
        try {
            Gql.Result r = operator().post("""
                    query($a: ID!, $b: ID!) { frameworkDiff(fromVersionId: $a, toVersionId: $b, lang: ZH) {
                      from { id } to { id status } essentialSetChanged
                      added { code title languageFallback } retired { code classification }
                      changed { code title changes { field oldValue newValue } } } }""", vars("a", currentId, "b", draftId)).assertNoErrors();
            String d = "data.frameworkDiff.";
            assertEquals(List.of(added), r.json().getList(d + "added.code"));
            assertEquals("Published sourcing policy in local languages", r.string(d + "added[0].title"), "no Chinese title: English");
            assertTrue(r.<Boolean>get(d + "added[0].languageFallback"));
            assertEquals(List.of("GOV-MGT-04"), r.json().getList(d + "retired.code"));
            assertEquals("ESSENTIAL".equals(retiredClassification), r.<Boolean>get(d + "essentialSetChanged"));
            assertEquals(List.of("GOV-POL-02"), r.json().getList(d + "changed.code"));
            assertEquals("董事会监督（修订）", r.string(d + "changed[0].title"));
            List<Map<String, Object>> changes = r.get(d + "changed[0].changes");
            assertEquals(List.of("title.zh", "weight"), changes.stream().map(c -> c.get("field")).toList());
            assertEquals("董事会监督（修订）", changes.get(0).get("newValue"));
            assertEquals("4.5", changes.get(1).get("newValue"));
            assertEquals("3", changes.get(1).get("oldValue"));

            // the other direction swaps added and retired
            Gql.Result back = operator().post("query($a: ID!, $b: ID!) { frameworkDiff(fromVersionId: $a, toVersionId: $b) { added { code } retired { code } } }",
                    vars("a", draftId, "b", currentId)).assertNoErrors();
            assertEquals(List.of("GOV-MGT-04"), back.json().getList("data.frameworkDiff.added.code"));
            assertEquals(List.of(added), back.json().getList("data.frameworkDiff.retired.code"));
        } finally {
            ensureNoDraft();
        }
    }

    @Test
    void indicatorsCsvIsEscapedUtf8() {
        String v1 = operator().post("{ frameworkVersion(number: \"1.0\") { id } }").assertNoErrors().string("data.frameworkVersion.id");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "CSV Reader", "GB");
        Response csv = export(assessor.client(), v1, "indicators.csv");
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=UTF-8", csv.contentType().replace(" ", ""));
        byte[] bytes = csv.asByteArray();
        String body = new String(bytes, StandardCharsets.UTF_8);
        List<List<String>> rows = parse(body);
        assertEquals(81, rows.size(), "header and 80 indicators");
        List<String> header = rows.get(0);
        assertEquals("code", header.get(4));
        int code = header.indexOf("code");
        int zh = header.indexOf("title_zh");
        int unit = header.indexOf("unit");
        int refs = header.indexOf("references");
        List<String> first = rows.get(1);
        assertEquals("GOV-POL-01", first.get(code));
        assertEquals("经董事会批准的负责任矿产供应链政策", first.get(zh));
        assertTrue(first.get(refs).contains("\n"), "references are one per line inside the cell");
        List<String> ltifr = rows.stream().filter(row -> row.get(code).equals("OHS-PRF-01")).findFirst().orElseThrow();
        assertEquals("LTIFR per 1,000,000 h", ltifr.get(unit));
        assertTrue(body.contains(",\"LTIFR per 1,000,000 h\","), "a comma inside a field is quoted");
        assertTrue(body.endsWith("\r\n"));

        byte[] withBom = export(assessor.client(), v1, "indicators.csv?bom=true").asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(withBom, 3));

        assertEquals(401, export(Gql.anonymous(), v1, "indicators.csv").statusCode());
        assertEquals(400, export(assessor.client(), "not-an-id", "indicators.csv").statusCode());
        assertEquals(404, export(assessor.client(), java.util.UUID.randomUUID().toString(), "export.json").statusCode());
        assertEquals(403, export(Gql.as("stranger-" + System.nanoTime()), v1, "export.json").statusCode(), "signed in but not a member");
    }

    /** A strict RFC 4180 reader, independent of the code under test. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
