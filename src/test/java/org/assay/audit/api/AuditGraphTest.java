package org.assay.audit.api;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Audit events as a graph: a Node for the operator only, with the organisation of who made the change resolved per page. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditGraphTest {

    static final String PAGE = "query($first: Int) { auditEvents(first: $first) { nodes { id seq organisationId organisation { id name } } } }";
    static final String NODE = "query($id: ID!) { node(id: $id) { id ... on AuditEvent { seq operation organisation { id } } } }";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfFiftyCostsTheSameStatementsAsAPageOfFive() {
        // given at least 50 events (each admission is one)
        for (int i = 0; i < 50; i++) {
            Fixtures.admit("SUPPLIER", Fixtures.unique("Audit Graph Supplier " + i), "CD");
        }
        // when the operator reads a page of 5, then of 50, with each event's organisation
        long five = statements(5);
        long fifty = statements(50);
        System.out.println("[statements] auditEvents with organisation: first 5 -> " + five + ", first 50 -> " + fifty);
        // then the cost does not grow: the page, one batch of organisations
        assertEquals(five, fifty, "statements must not grow with the page size");
    }

    @Test
    void anEventIsANodeForTheOperatorOnly() {
        // given the newest event and its global id
        Fixtures.admit("SUPPLIER", Fixtures.unique("Audit Node Supplier"), "CD");
        Map<String, Object> newest = Gql.rootOperator().post(PAGE, vars("first", 1)).assertNoErrors().get("data.auditEvents.nodes[0]");
        String id = (String) newest.get("id");
        // then the operator fetches it again by its id; its organisation is the raw id's, as an Organisation
        Gql.Result again = Gql.rootOperator().post(NODE, vars("id", id)).assertNoErrors();
        Object seq = again.get("data.node.seq");
        assertEquals(String.valueOf(newest.get("seq")), String.valueOf(seq));
        @SuppressWarnings("unchecked") Map<String, Object> org = (Map<String, Object>) newest.get("organisation");
        if (newest.get("organisationId") != null) {
            assertEquals(newest.get("organisationId"), Fixtures.rawId((String) org.get("id")));
        }
        // and anyone else gets NOT_FOUND, exactly like an unknown event
        Fixtures.party("MEMBER_FIRM", "Audit Node Member", "DE").client().post(NODE, vars("id", id)).assertErrorCode("NOT_FOUND");
        Gql.rootOperator().post(NODE, vars("id", new GlobalId("AuditEvent", new UUID(0L, Long.MAX_VALUE)).encode())).assertErrorCode("NOT_FOUND");
        Gql.rootOperator().post(NODE, vars("id", new GlobalId("AuditEvent", UUID.randomUUID()).encode())).assertErrorCode("NOT_FOUND");
    }

    private long statements(int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = Gql.rootOperator().post(PAGE, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> nodes = r.get("data.auditEvents.nodes");
        assertEquals(first, nodes.size(), r.raw());
        assertTrue(nodes.stream().allMatch(n -> n.get("organisationId") == null || n.get("organisation") != null), r.raw());
        return statements;
    }
}
