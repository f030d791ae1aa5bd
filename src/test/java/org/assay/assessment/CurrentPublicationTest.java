package org.assay.assessment;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.assessment.api.AssessmentView;
import org.assay.cap.ActionStatusSummaries;
import org.assay.cap.CorrectiveActions;
import org.assay.framework.scoring.Rating;
import org.assay.sharing.SharedResults;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One home for "the supplier's current published assessment" ({@link CurrentPublication}): two assessments published
 * in the same microsecond, and every place that picks the current one picks the same — the smaller id in PostgreSQL's
 * uuid order. The ids are chosen so that Java's signed {@link UUID#compareTo} would pick the other one, and the current
 * one is inserted first in one supplier and second in the other, so neither heap order nor a Java comparison can pass
 * by luck.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CurrentPublicationTest {

    @Inject
    AgroalDataSource db;
    @Inject
    SharedResults sharedResults;
    @Inject
    SupplierStatuses supplierStatuses;
    @Inject
    ActionStatusSummaries actionSummaries;
    @Inject
    CorrectiveActions correctiveActions;

    @Test
    void everyPathPicksTheSameOfTwoAssessmentsPublishedInOneInstant() throws Exception {
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Tie Watcher", "DE");
        UUID memberId = UUID.fromString(member.organisationId());
        String tag = "Tie" + UUID.randomUUID().toString().substring(0, 6);
        for (boolean currentFirst : List.of(true, false)) {
            String name = tag + (currentFirst ? " First" : " Second");
            Fixtures.Party supplier = Fixtures.party("SUPPLIER", name, "CD");
            UUID s = UUID.fromString(supplier.organisationId());
            facts.entry(memberId, s, null, null, null);
            facts.grant(s, "ALL_MEMBERS", null, "FULL", null);
            Instant at = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MICROS);
            UUID current = withFirstDigit('7'); // below 8… in PostgreSQL's unsigned order, above it in Java's signed one
            UUID other = withFirstDigit('8');
            assertTrue(other.compareTo(current) < 0, "the ids must disagree between Java's and PostgreSQL's order");
            List<UUID> order = currentFirst ? List.of(current, other) : List.of(other, current);
            for (UUID id : order) {
                // any organisation satisfies the body reference that verifyingAssessment requires
                facts.published(s).id(id).body(memberId).publishedAt(at).rating(id.equals(current) ? "AA" : "B").save();
            }

            assertEquals(current, databasePick(s), "the SQL order");
            assertPathsPick(current, other, s, member, supplier, tag, name);
        }
    }

    private void assertPathsPick(UUID current, UUID other, UUID s, Fixtures.Party member, Fixtures.Party supplier, String tag, String name) {
        String currentNode = AssessmentView.TYPE.id(current);

        // sharing (JPQL): sharedResults, and the regulation coverage and evidence reads that use the same pick
        assertEquals(current, QuarkusTransaction.requiringNew().call(() -> sharedResults.current(s).id), "SharedResults.current");
        Gql.Result shared = member.client().post("query($s: ID!) { sharedResults(supplierId: $s) { summary { rating assessment { id } } } }",
                vars("s", s.toString())).assertNoErrors();
        assertEquals(currentNode, shared.string("data.sharedResults.summary.assessment.id"), shared.raw());
        assertEquals("AA", shared.string("data.sharedResults.summary.rating"), shared.raw());

        // assessment's access rule: a member sees only the current one
        Gql.Result nodes = member.client().post("query($a: ID!, $b: ID!) { a: assessment(id: $a) { id } b: assessment(id: $b) { id } }",
                vars("a", currentNode, "b", AssessmentView.TYPE.id(other)));
        assertEquals(currentNode, nodes.string("data.a.id"), nodes.raw());
        assertNull(nodes.<Object>get("data.b"), nodes.raw());

        // the portfolio overview (SQL lateral)
        Gql.Result page = member.client().post("""
                query($p: String) { portfolioSuppliers(first: 10, filter: {namePrefix: $p}) {
                  nodes { name publishedRating currentRating latestAssessment { id } } } }""", vars("p", tag)).assertNoErrors();
        List<Map<String, Object>> rows = page.get("data.portfolioSuppliers.nodes");
        Map<String, Object> row = rows.stream().filter(r -> r.get("name").toString().startsWith(name + " ")).findFirst().orElseThrow(() -> new AssertionError(page.raw()));
        assertEquals("AA", row.get("publishedRating"), page.raw());
        assertEquals("AA", row.get("currentRating"), page.raw());
        assertEquals(Map.of("id", currentNode), row.get("latestAssessment"), page.raw());

        // the supplier's status (Java comparator) and the action summary's rating (SQL distinct on)
        assertEquals(current, QuarkusTransaction.requiringNew().call(() -> supplierStatuses.of(s).assessmentId()), "SupplierStatuses");
        Gql.Result mine = supplier.client().post("{ mySupplierStatus { rating assessment { id } } }").assertNoErrors();
        assertEquals(currentNode, mine.string("data.mySupplierStatus.assessment.id"), mine.raw());
        ActionStatusSummaries.Summary summary = QuarkusTransaction.requiringNew().call(() -> actionSummaries.of(List.of(s)).get(s));
        assertEquals(Rating.AA, summary.publishedRating(), "ActionStatusSummaries");
        assertEquals(Rating.AA, summary.currentRating(), "ActionStatusSummaries");

        // corrective actions: the assessment whose body verifies a grievance commitment
        assertEquals(current, QuarkusTransaction.requiringNew().call(() -> correctiveActions.verifyingAssessment(s).orElseThrow().id),
                "CorrectiveActions.verifyingAssessment");

        // the public disclosure page
        String slug = tag.toLowerCase() + "-" + s.toString().substring(0, 8);
        exec("insert into public_disclosure (supplier_id, slug, enabled, show_grievances, changed_by, changed_at) values (?, ?, true, false, 'test', now())",
                s, slug);
        Gql.Result open = Gql.anonymous().post("query($s: String!) { publicDisclosure(slug: $s) { publishedRating } }", vars("s", slug)).assertNoErrors();
        assertEquals("AA", open.string("data.publicDisclosure.publishedRating"), open.raw());
    }

    private static UUID withFirstDigit(char digit) {
        return UUID.fromString(digit + UUID.randomUUID().toString().substring(1));
    }

    private UUID databasePick(UUID supplier) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select " + CurrentPublication.sqlCurrentId("?"))) {
            ps.setObject(1, supplier);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    private void exec(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            ps.executeUpdate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
