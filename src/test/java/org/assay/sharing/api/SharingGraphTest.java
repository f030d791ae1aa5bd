package org.assay.sharing.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.AssessmentRows;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sharing as a graph: grants, requests and access records are Nodes that {@code node(id:)} answers under their own
 * list's rule (anything else exactly like an unknown id), and the objects they point at are {@code Organisation}s
 * resolved for a whole page at once.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SharingGraphTest {

    static final String NODE = "query($id: ID!) { node(id: $id) { id ... on SharingGrant { level active } ... on SharingRequest { status } } }";
    static final String RECORDS = "query($first: Int) { accessRecords(first: $first) { nodes { id supplierId supplier { id } assessment { id } reader { id name } } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void grantsAndRequestsAnswerNodeOnlyToTheirParties() {
        // given a supplier's grant to member A and member B's request to the supplier
        Scenarios.World w = Scenarios.world("Graph Sharing");
        Gql.Result granted = w.supplier().client().post("""
                mutation($in: GrantSharingInput!) { grantSharing(input: $in) { grant { id } userErrors { code } } }""",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "SUMMARY"))).assertNoErrors();
        String grant = granted.string("data.grantSharing.grant.id");
        String request = w.memberB().client().post("""
                mutation($in: RequestSharingInput!) { requestSharing(input: $in) { request { id } userErrors { code } } }""",
                vars("in", Map.of("supplierId", w.supplier().organisationId()))).assertNoErrors().string("data.requestSharing.request.id");
        Fixtures.Party otherSupplier = Fixtures.party("SUPPLIER", "Graph Sharing Other Mine", "CD");

        // then the supplier fetches its grant again by its global id; the member it names, and another supplier, get NOT_FOUND
        assertEquals("SUMMARY", w.supplier().client().post(NODE, vars("id", grant)).assertNoErrors().string("data.node.level"));
        w.memberA().client().post(NODE, vars("id", grant)).assertErrorCode("NOT_FOUND");
        otherSupplier.client().post(NODE, vars("id", grant)).assertErrorCode("NOT_FOUND");
        // and the request: the member that asked and the supplier asked; member A exactly like an unknown id
        assertEquals("PENDING", w.memberB().client().post(NODE, vars("id", request)).assertNoErrors().string("data.node.status"));
        assertEquals("PENDING", w.supplier().client().post(NODE, vars("id", request)).assertNoErrors().string("data.node.status"));
        w.memberA().client().post(NODE, vars("id", request)).assertErrorCode("NOT_FOUND");

        // a legacy raw id is still accepted as input (one deprecation period), and another supplier's grant is NOT_FOUND
        String revoke = "mutation($in: GrantRefInput!) { revokeSharing(input: $in) { grant { id active } userErrors { code } } }";
        assertEquals(List.of("NOT_FOUND"), otherSupplier.client().post(revoke, vars("in", Map.of("grantId", grant))).userErrorCodes("revokeSharing"));
        Gql.Result revoked = w.supplier().client().post(revoke, vars("in", Map.of("grantId", Fixtures.rawId(grant)))).assertNoErrors();
        assertEquals(grant, revoked.string("data.revokeSharing.grant.id"));
        assertEquals(Boolean.FALSE, revoked.get("data.revokeSharing.grant.active"));
    }

    @Test
    void aPageOfFiftyAccessRecordsCostsTheSameStatementsAsAPageOfFive() throws Exception {
        // given a supplier read 50 times by 50 different members
        // (each of an assessment of its own: the supplier sees all of its assessments, older ones too)
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Graph Records Mine", "CD");
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Graph Records Auditors", "GB");
        for (int i = 0; i < 50; i++) {
            insertRecord(Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Graph Records Member " + i), "DE"), supplier.organisationId(), body.organisationId(), i);
        }
        // when the supplier reads a page of 5, then of 50, with each record's supplier and reader
        long five = statements(supplier, 5);
        long fifty = statements(supplier, 50);
        System.out.println("[statements] accessRecords with supplier and reader: first 5 -> " + five + ", first 50 -> " + fifty);
        // then the cost does not grow (the page, the readers' names, the audit entry, one batch of organisations, one of assessments)
        assertEquals(five, fifty, "statements must not grow with the page size");
        // and each record's supplier is the supplier itself, in full, with its global id
        Map<String, Object> first = supplier.client().post(RECORDS, vars("first", 1)).assertNoErrors().get("data.accessRecords.nodes[0]");
        @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) first.get("supplier");
        assertEquals(supplier.organisationNodeId(), s.get("id"));
        assertEquals(supplier.organisationId(), first.get("supplierId"));
        // and a record's global id answers node(id:) for the supplier, but not for another supplier
        String record = (String) first.get("id");
        String recordNode = "query($id: ID!) { node(id: $id) { id ... on AccessRecord { level } } }";
        assertEquals("SUMMARY", supplier.client().post(recordNode, vars("id", record)).assertNoErrors().string("data.node.level"));
        Fixtures.party("SUPPLIER", "Graph Records Other Mine", "CD").client().post(recordNode, vars("id", record)).assertErrorCode("NOT_FOUND");
    }

    private long statements(Fixtures.Party supplier, int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = supplier.client().post(RECORDS, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> nodes = r.get("data.accessRecords.nodes");
        assertEquals(first, nodes.size(), r.raw());
        assertTrue(nodes.stream().allMatch(n -> n.get("supplier") != null && n.get("assessment") != null), r.raw());
        return statements;
    }

    private void insertRecord(String memberId, String supplierId, String bodyId, int i) throws Exception {
        UUID assessment = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(i));
        try (Connection c = db.getConnection()) {
            AssessmentRows.inProgress(c, assessment, supplierId, bodyId, at);
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into access_record (id, member_id, subject, supplier_id, assessment_id, level, read_at) values (?, ?, 'reader', ?, ?, 'SUMMARY', ?)")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, UUID.fromString(memberId));
                ps.setObject(3, UUID.fromString(supplierId));
                ps.setObject(4, assessment);
                ps.setTimestamp(5, at);
                ps.executeUpdate();
            }
        }
    }
}
