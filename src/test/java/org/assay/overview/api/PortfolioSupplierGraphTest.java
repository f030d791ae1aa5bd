package org.assay.overview.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.platform.GlobalId;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A row of the portfolio overview as a graph: {@code PortfolioSupplier} is a Node that only its member reaches, and
 * {@code latestAssessment} is the assessment as far as the supplier shares it — for a whole page in constant statements.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PortfolioSupplierGraphTest {

    static final String PAGE = """
            query($first: Int) { portfolioSuppliers(first: $first) { nodes { id status assessmentId
              latestAssessment { id method status rating validUntil } } } }""";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Clock clock;

    @Test
    void aPageOfFiftyWithLatestAssessmentCostsConstantStatements() throws Exception {
        // given a member with 60 suppliers, 54 of which share a published assessment with it
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Graph Counter", "DE");
        UUID m = UUID.fromString(member.organisationId());
        String tag = "Gr" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 60; i++) {
            UUID sid = facts.supplier(tag + " Supplier " + i, "CD");
            facts.entry(m, sid, "GR-" + i, "Cobalt", "OVER_10M");
            if (i % 10 != 9) facts.grant(sid, i % 3 == 0 ? "ALL_MEMBERS" : "MEMBER", i % 3 == 0 ? null : m, "SUMMARY", null);
            facts.published(sid).rating("BBB").validUntil(clock.today().plusDays(100 + i)).save();
        }
        // when it reads a page of 5, then of 50, with each row's latest assessment
        long five = statementsFor(member, 5);
        long fifty = statementsFor(member, 50);
        System.out.println("[statements] portfolioSuppliers with latestAssessment: first 5 -> " + five + ", first 50 -> " + fifty);
        // then the cost does not grow: the list's statements, then the assessments, the grants, the newest per supplier, the labels
        assertEquals(five, fifty, "statements must not grow with the page size");
        assertTrue(fifty <= 9, "a page of 50 cost " + fifty + " statements");
    }

    @Test
    void latestAssessmentIsWhatTheGrantShowsAndTheRowIsANodeOfItsMemberOnly() throws Exception {
        // given a supplier that shares with member A, one that shares with nobody, both published, in A's portfolio; B holds the first too
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Graph Buyer A", "DE");
        Fixtures.Party b = Fixtures.party("MEMBER_FIRM", "Graph Buyer B", "FR");
        UUID ma = UUID.fromString(a.organisationId());
        String tag = "Gs" + UUID.randomUUID().toString().substring(0, 6);
        UUID shared = facts.supplier(tag + " Shared", "CD");
        UUID hidden = facts.supplier(tag + " Hidden", "CD");
        facts.entry(ma, shared, null, null, null);
        facts.entry(ma, hidden, null, null, null);
        facts.entry(UUID.fromString(b.organisationId()), shared, null, null, null);
        facts.grant(shared, "MEMBER", ma, "SUMMARY", null);
        UUID published = facts.published(shared).rating("A").validUntil(clock.today().plusDays(200)).save().assessmentId();
        facts.published(hidden).rating("C").validUntil(clock.today().plusDays(200)).save();

        // when A reads its list
        List<Map<String, Object>> rows = a.client().post(PAGE, vars("first", 10)).assertNoErrors().get("data.portfolioSuppliers.nodes");
        Map<String, Object> sharedRow = rows.stream().filter(r -> "RATED".equals(r.get("status"))).findFirst().orElseThrow();
        Map<String, Object> hiddenRow = rows.stream().filter(r -> "NOT_SHARED".equals(r.get("status"))).findFirst().orElseThrow();
        // then the shared supplier's assessment is an object with its global id; the other is null, as for an unknown id
        @SuppressWarnings("unchecked") Map<String, Object> latest = (Map<String, Object>) sharedRow.get("latestAssessment");
        assertNotNull(latest, rows.toString());
        assertEquals(new GlobalId("Assessment", published).encode(), latest.get("id"));
        assertEquals("A", latest.get("rating"));
        assertEquals(published.toString(), sharedRow.get("assessmentId"), "the deprecated field keeps the raw id");
        assertNull(hiddenRow.get("latestAssessment"));

        // and node(id:) answers the row and the assessment for A; B (no grant, not its row) gets NOT_FOUND for both
        String row = (String) sharedRow.get("id");
        String node = "query($id: ID!) { node(id: $id) { id ... on PortfolioSupplier { status latestAssessment { id } } ... on Assessment { rating } } }";
        assertEquals(latest.get("id"), a.client().post(node, vars("id", row)).assertNoErrors().string("data.node.latestAssessment.id"));
        assertEquals("A", a.client().post(node, vars("id", latest.get("id"))).assertNoErrors().string("data.node.rating"));
        b.client().post(node, vars("id", row)).assertErrorCode("NOT_FOUND");
        b.client().post(node, vars("id", latest.get("id"))).assertErrorCode("NOT_FOUND");
    }

    private long statementsFor(Fixtures.Party member, int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = member.client().post(PAGE, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> nodes = r.get("data.portfolioSuppliers.nodes");
        assertEquals(first, nodes.size());
        assertTrue(nodes.stream().anyMatch(n -> n.get("latestAssessment") != null), r.raw().substring(0, Math.min(400, r.raw().length())));
        return statements;
    }
}
