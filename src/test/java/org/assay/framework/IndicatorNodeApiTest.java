package org.assay.framework;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.GlobalId;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.framework.FrameworkFixtures.current;
import static org.assay.framework.FrameworkFixtures.ensureNoDraft;
import static org.assay.framework.FrameworkFixtures.export;
import static org.assay.framework.FrameworkFixtures.operator;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An indicator is a Node: its global id names the indicator as one version defines it, and {@code node(id:)} /
 * {@code nodes(ids:)} answer exactly as the version's own {@code indicators} (a draft's indicators to members and the
 * operator only; to anyone else exactly like an unknown id).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class IndicatorNodeApiTest {

    static final String INDICATORS = """
            query($v: ID!, $first: Int) { frameworkVersion(id: $v) { indicators(first: $first) { nodes { id code title classification answerType weight } } } }""";
    static final String NODE = """
            query($id: ID!) { node(id: $id) { id ... on Indicator { code title classification answerType weight } } }""";
    static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Indicator { code } } }";

    @Inject
    SessionFactory sessionFactory;

    static List<Map<String, Object>> indicators(Gql who, String versionId, int first) {
        return who.post(INDICATORS, vars("v", versionId, "first", first)).assertNoErrors().get("data.frameworkVersion.indicators.nodes");
    }

    @Test
    void nodeOfAnIndicatorIdAnswersAsTheVersionsIndicatorsList() {
        // given a supplier reading the indicators of the version in force
        Gql supplier = Fixtures.party("SUPPLIER", "Indicator Node Supplier", "CD").client();
        List<Map<String, Object>> listed = indicators(supplier, (String) current().get("id"), 3);
        // when it fetches each of them again by its id
        for (Map<String, Object> indicator : listed) {
            Gql.Result r = supplier.post(NODE, vars("id", indicator.get("id"))).assertNoErrors();
            // then it is the same indicator, field for field
            assertEquals(indicator, r.get("data.node"), r.raw());
        }
        // and the id is opaque and typed: an Indicator global id of the indicator row
        GlobalId id = GlobalId.decode((String) listed.get(0).get("id")).orElseThrow();
        assertEquals("Indicator", id.type());
    }

    @Test
    void nodesAnswersABatchInOrderWithNotFoundForAnUnknownId() {
        Gql assessor = Fixtures.party("ASSESSMENT_BODY", "Indicator Nodes Auditors", "GB").client();
        List<Map<String, Object>> listed = indicators(assessor, (String) current().get("id"), 4);
        String unknown = new GlobalId("Indicator", UUID.randomUUID()).encode();
        List<String> ids = new ArrayList<>(listed.stream().map(i -> (String) i.get("id")).toList());
        ids.add(2, unknown);
        Gql.Result r = assessor.post(NODES, vars("ids", ids));
        List<Map<String, Object>> nodes = r.get("data.nodes");
        assertEquals(5, nodes.size(), r.raw());
        assertEquals(listed.get(0).get("code"), nodes.get(0).get("code"));
        assertEquals(listed.get(1).get("code"), nodes.get(1).get("code"));
        assertNull(nodes.get(2));
        assertEquals(listed.get(2).get("code"), nodes.get(3).get("code"));
        assertEquals(listed.get(3).get("code"), nodes.get(4).get("code"));
        assertEquals(List.of("NOT_FOUND"), r.errorCodes(), r.raw());
        assertEquals(List.of(List.of("nodes", 2)), r.errors().stream().map(e -> e.get("path")).toList(), r.raw());
    }

    @Test
    void aDraftsIndicatorIsANodeOnlyForMembersAndTheOperator() {
        ensureNoDraft();
        String currentId = (String) current().get("id");
        String json = new String(export(operator(), currentId, "export.json").asByteArray(), StandardCharsets.UTF_8);
        Gql.Result imported = FrameworkImportExportApiTest.importDocument(operator(), json).assertNoErrors();
        assertEquals(List.of(), imported.userErrorCodes("importFramework"), imported.raw());
        String draftId = imported.string("data.importFramework.version.id");
        try {
            // given an indicator of the draft, and the same code in the version in force (a different row: a different id)
            Map<String, Object> ofDraft = indicators(operator(), draftId, 1).get(0);
            Map<String, Object> inForce = indicators(operator(), currentId, 1).get(0);
            assertEquals(ofDraft.get("code"), inForce.get("code"));
            assertNotEquals(ofDraft.get("id"), inForce.get("id"), "each version's indicator has its own id");
            // a member and the operator see it, as they see the draft's indicators list
            Gql member = Fixtures.party("MEMBER_FIRM", "Indicator Node Member", "DE").client();
            for (Gql sees : List.of(member, operator())) {
                assertEquals(ofDraft.get("code"), sees.post(NODE, vars("id", ofDraft.get("id"))).assertNoErrors().string("data.node.code"));
            }
            String unknown = new GlobalId("Indicator", UUID.randomUUID()).encode();
            for (Gql other : List.of(Fixtures.party("SUPPLIER", "Indicator Node Peeker", "CD").client(),
                    Fixtures.party("ASSESSMENT_BODY", "Indicator Node Peeking Auditors", "GB").client())) {
                // the draft itself is NOT_FOUND to them ...
                other.post(INDICATORS, vars("v", draftId, "first", 1)).assertErrorCode("NOT_FOUND");
                // ... and so is its indicator, exactly like an unknown id
                Gql.Result hidden = other.post(NODE, vars("id", ofDraft.get("id")));
                Gql.Result none = other.post(NODE, vars("id", unknown));
                assertEquals(List.of("NOT_FOUND"), hidden.errorCodes(), hidden.raw());
                assertEquals(none.<Object>get("data"), hidden.<Object>get("data"));
                assertEquals(none.<Object>get("errors"), hidden.<Object>get("errors"), "a draft's indicator answers like an unknown id");
                Gql.Result batch = other.post(NODES, vars("ids", List.of(ofDraft.get("id"), inForce.get("id"))));
                assertNull(batch.get("data.nodes[0]"), batch.raw());
                assertEquals(inForce.get("code"), batch.string("data.nodes[1].code"));
                assertEquals(List.of("NOT_FOUND"), batch.errorCodes(), batch.raw());
            }
        } finally {
            ensureNoDraft();
        }
    }

    @Test
    void aPageOfIndicatorsAndABatchOfNodesCostConstantStatements() {
        Gql supplier = Fixtures.party("SUPPLIER", "Indicator Statements Supplier", "CD").client();
        String versionId = (String) current().get("id");
        // a page of indicators, now with their ids
        long pageOfFive = statements(() -> assertEquals(5, indicators(supplier, versionId, 5).size()), supplier);
        long pageOfFifty = statements(() -> assertEquals(50, indicators(supplier, versionId, 50).size()), supplier);
        System.out.println("[statements] indicators page: first 5 -> " + pageOfFive + ", first 50 -> " + pageOfFifty);
        assertEquals(pageOfFive, pageOfFifty, "statements must not grow with the page size");
        // node resolution of 5, then of 50 of them
        List<String> ids = indicators(supplier, versionId, 50).stream().map(i -> (String) i.get("id")).toList();
        long fiveIds = statements(() -> assertEquals(ids.subList(0, 5), supplier.post(NODES, vars("ids", ids.subList(0, 5)))
                .assertNoErrors().json().getList("data.nodes.id")), supplier);
        long fiftyIds = statements(() -> assertEquals(ids, supplier.post(NODES, vars("ids", ids))
                .assertNoErrors().json().getList("data.nodes.id")), supplier);
        System.out.println("[statements] nodes(ids:) of indicators: 5 -> " + fiveIds + ", 50 -> " + fiftyIds);
        assertEquals(fiveIds, fiftyIds, "statements must not grow with the number of ids");
        assertTrue(fiftyIds <= 4, "50 indicator ids cost " + fiftyIds + " statements");
    }

    private long statements(Runnable call, Gql who) {
        who.post("{ me { role } }").assertNoErrors(); // warm the caller's identity outside the count
        sessionFactory.getStatistics().clear();
        call.run();
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
