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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code Assessment.version} is the {@code FrameworkVersion} the assessment uses, resolved for a whole page by
 * framework's loader ({@code FrameworkVersionReferences}) under framework's rule; the deprecated {@code frameworkVersionId}
 * still names the same version.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentFrameworkVersionTest {

    static final String PAGE = """
            query($first: Int) { assessments(first: $first) { nodes { id frameworkVersionId frameworkVersion version { id number status } } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfFiftyCostsTheSameStatementsAsAPageOfFive() throws Exception {
        // given an assessment body with 50 assessments of 50 suppliers assigned to it
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Version Batch Auditors", "GB");
        for (int i = 0; i < 50; i++) {
            insertAssessment(Fixtures.admit("SUPPLIER", Fixtures.unique("Version Batch Supplier " + i), "CD"), body.organisationId(), i);
        }
        // when the body reads a page of 5, then of 50, with the framework version of each assessment
        long five = statementsFor(body, 5);
        long fifty = statementsFor(body, 50);
        System.out.println("[statements] assessments page with version: first 5 -> " + five + ", first 50 -> " + fifty);
        // then the cost does not grow with the page
        assertEquals(five, fifty, "statements must not grow with the page size");
    }

    @Test
    void theVersionIsTheOneTheOldIdNames() throws Exception {
        // given an assessment assigned to a body
        Fixtures.Party body = Fixtures.party("ASSESSMENT_BODY", "Version Auditors", "GB");
        insertAssessment(Fixtures.admit("SUPPLIER", Fixtures.unique("Version Mine"), "CD"), body.organisationId(), 0);
        // when the body reads it
        Map<String, Object> a = body.client().post(PAGE, vars("first", 1)).assertNoErrors().get("data.assessments.nodes[0]");
        // then the object field is the version the deprecated id names, a published one with its number
        @SuppressWarnings("unchecked") Map<String, Object> v = (Map<String, Object>) a.get("version");
        assertEquals(a.get("frameworkVersion"), v.get("number"));
        assertEquals(a.get("frameworkVersionId"), Fixtures.raw((String) v.get("id")));
        assertTrue(((String) v.get("number")).matches("\\d+\\.\\d+"), v.toString());
    }

    private long statementsFor(Fixtures.Party body, int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = body.client().post(PAGE, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> nodes = r.get("data.assessments.nodes");
        assertEquals(first, nodes.size());
        assertTrue(nodes.stream().allMatch(n -> n.get("version") != null), r.raw());
        return statements;
    }

    private void insertAssessment(String supplierId, String bodyId, int i) throws Exception {
        try (Connection c = db.getConnection()) {
            AssessmentRows.inProgress(c, UUID.randomUUID(), supplierId, bodyId, Timestamp.from(Instant.now().minusSeconds(i)));
        }
    }
}
