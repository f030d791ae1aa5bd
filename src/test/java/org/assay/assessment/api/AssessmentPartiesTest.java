package org.assay.assessment.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.AssessmentRows;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The worked example of references between features: {@code Assessment.supplier} and {@code Assessment.assessmentBody}
 * are {@code Organisation}s, resolved for a whole page by organisation's batch loader under organisation's access rule.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentPartiesTest {

    static final String PAGE = """
            query($first: Int) { assessments(first: $first) { nodes { id
              supplier { id name country kind status } assessmentBody { id name status } } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfFiftyCostsTheSameStatementsAsAPageOfFive() throws Exception {
        // given an assessment body with 50 assessments of 50 suppliers assigned to it
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Batch Auditors", "GB");
        for (int i = 0; i < 50; i++) {
            insertAssessment(Fixtures.admit("SUPPLIER", Fixtures.unique("Batch Supplier " + i), "CD"), body.organisationId(), i);
        }
        // when the body reads a page of 5, then of 50, with both organisations of each assessment
        long five = statementsFor(body, 5);
        long fifty = statementsFor(body, 50);
        System.out.println("[statements] assessments page with supplier and assessmentBody: first 5 -> " + five + ", first 50 -> " + fifty);
        // then the cost does not grow: the page, the version labels, one batch per organisation field
        assertEquals(five, fifty, "statements must not grow with the page size");
        assertTrue(fifty <= 4, "a page of 50 cost " + fifty + " statements");
    }

    @Test
    void eachReferenceShowsWhatOrganisationsRuleAllows() throws Exception {
        // given an assessment of a supplier assigned to a body
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Reference Mine", "CD");
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Reference Auditors", "GB");
        insertAssessment(supplier.organisationId(), body.organisationId(), 0);
        // when the body reads it
        Map<String, Object> seen = body.client().post(PAGE, vars("first", 1)).assertNoErrors().get("data.assessments.nodes[0]");
        // then the supplier is its public profile (no status), the body itself in full, both with their global ids
        @SuppressWarnings("unchecked") Map<String, Object> s = (Map<String, Object>) seen.get("supplier");
        @SuppressWarnings("unchecked") Map<String, Object> b = (Map<String, Object>) seen.get("assessmentBody");
        assertEquals(supplier.organisationNodeId(), s.get("id"));
        assertEquals("SUPPLIER", s.get("kind"));
        assertNull(s.get("status"), "another organisation's status is not public");
        assertEquals(body.organisationNodeId(), b.get("id"));
        assertEquals("ACTIVE", b.get("status"));
        // and the supplier reading its own assessment sees itself in full
        Map<String, Object> own = supplier.client().post(PAGE, vars("first", 1)).assertNoErrors().get("data.assessments.nodes[0].supplier");
        assertEquals("ACTIVE", own.get("status"));
    }

    private long statementsFor(Fixtures.Party body, int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = body.client().post(PAGE, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> nodes = r.get("data.assessments.nodes");
        assertEquals(first, nodes.size());
        assertTrue(nodes.stream().allMatch(n -> n.get("supplier") != null && n.get("assessmentBody") != null), r.raw());
        return statements;
    }

    private void insertAssessment(String supplierId, String bodyId, int i) throws Exception {
        try (Connection c = db.getConnection()) {
            AssessmentRows.inProgress(c, UUID.randomUUID(), supplierId, bodyId, Timestamp.from(Instant.now().minusSeconds(i)));
        }
    }
}
