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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code AssessmentRequest.site} is the {@code Site} the request names, resolved for a whole page by supplier's loader
 * ({@code SiteReferences}) under supplier's coordinate rule (members never see coordinates), the same loader and rule as
 * {@code Assessment.site}; the deprecated {@code siteId} still names the same site.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentRequestSiteTest {

    static final String REQUEST = """
            mutation($in: RequestAssessmentInput!) { requestAssessment(input: $in) {
              request { id siteId site { id name coordinates { latitude } } assessmentId } userErrors { field code message } } }""";
    static final String MINE = """
            query($first: Int) { myAssessmentRequests(first: $first) { nodes { id siteId site { id name country coordinates { latitude longitude } } } } }""";
    static final String ASSESSMENT_SITE = "query($id: ID!) { assessment(id: $id) { site { id coordinates { latitude } } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void theSiteIsTheOneTheOldIdNamesWithoutCoordinatesForTheMember() {
        // given a supplier's site with coordinates
        Scenarios.World w = Scenarios.world("Request Site");
        w.supplier().client().post("mutation($in: UpdateSiteInput!) { updateSite(input: $in) { userErrors { code } } }",
                vars("in", Map.of("siteId", w.siteId(), "latitude", -10.7123, "longitude", 25.4711))).assertNoErrors();

        // when member A asks for that site to be assessed
        Gql.Result asked = w.memberA().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(),
                "siteId", w.siteId(), "minimumMethod", "DESK_REVIEW"))).assertNoErrors();
        assertEquals(List.of(), asked.userErrorCodes("requestAssessment"), asked.raw());
        Map<String, Object> request = asked.get("data.requestAssessment.request");

        // then the payload's request names the site of the deprecated id, without its coordinates
        @SuppressWarnings("unchecked") Map<String, Object> site = (Map<String, Object>) request.get("site");
        assertEquals(w.siteId(), request.get("siteId"));
        assertEquals(w.siteId(), site.get("id"));
        assertEquals("Pit 3", site.get("name"));
        assertNull(site.get("coordinates"), asked.raw());

        // and so does the member's list of requests
        Gql.Result mine = w.memberA().client().post(MINE, vars("first", 10)).assertNoErrors();
        Map<String, Object> listed = only(mine.get("data.myAssessmentRequests.nodes"), (String) request.get("id"));
        assertEquals(w.siteId(), listed.get("siteId"));
        assertEquals(w.siteId(), ((Map<?, ?>) listed.get("site")).get("id"));
        assertEquals("CD", ((Map<?, ?>) listed.get("site")).get("country"));
        assertNull(((Map<?, ?>) listed.get("site")).get("coordinates"), mine.raw());

        // and the assessment's site (the same loader) keeps showing the coordinates to the supplier and the operator
        String assessment = (String) request.get("assessmentId");
        for (Gql party : List.of(w.supplier().client(), Gql.rootOperator())) {
            Gql.Result a = party.post(ASSESSMENT_SITE, vars("id", assessment)).assertNoErrors();
            assertEquals(w.siteId(), a.string("data.assessment.site.id"), a.raw());
            assertEquals(-10.7123, ((Number) a.get("data.assessment.site.coordinates.latitude")).doubleValue(), 1e-4, a.raw());
        }

        // and member B, which did not ask, reaches neither the request nor its site
        Gql.Result other = w.memberB().client().post("query($id: ID!) { node(id: $id) { id ... on AssessmentRequest { site { id } } } }",
                vars("id", request.get("id")));
        assertTrue(other.errorCodes().contains("NOT_FOUND"), other.raw());
        Gql.Result otherList = w.memberB().client().post(MINE, vars("first", 100)).assertNoErrors();
        assertTrue(!otherList.raw().contains(w.siteId()), otherList.raw());
    }

    @Test
    void aRemovedSiteAndAWholeSupplierRequestHaveNoSite() {
        // given a request for a site and one for the whole supplier
        Scenarios.World w = Scenarios.world("Request Removed Site");
        Gql.Result forSite = w.memberA().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(),
                "siteId", w.siteId(), "minimumMethod", "DESK_REVIEW"))).assertNoErrors();
        Gql.Result whole = w.memberA().client().post(REQUEST, vars("in", Map.of("supplierId", w.supplier().organisationId(),
                "minimumMethod", "DESK_REVIEW"))).assertNoErrors();
        assertNull(whole.get("data.requestAssessment.request.site"), whole.raw());
        assertNull(whole.get("data.requestAssessment.request.siteId"), whole.raw());

        // when the supplier removes the site
        w.supplier().client().post("mutation($in: SiteRefInput!) { removeSite(input: $in) { userErrors { code } } }",
                vars("in", Map.of("siteId", w.siteId()))).assertNoErrors();

        // then the request keeps the deprecated id, but its site is null (as Assessment.site and SupplierProfile.sites: active sites only)
        Gql.Result mine = w.memberA().client().post(MINE, vars("first", 10)).assertNoErrors();
        Map<String, Object> listed = only(mine.get("data.myAssessmentRequests.nodes"), forSite.string("data.requestAssessment.request.id"));
        assertEquals(w.siteId(), listed.get("siteId"));
        assertNull(listed.get("site"), mine.raw());
    }

    @Test
    void aPageOfFiftyRequestsWithSitesCostsTheSameStatementsAsAPageOfFive() throws Exception {
        // given a member with 50 requests, each for a site of another supplier
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Site Batch Buyer", "DE");
        String body = Fixtures.admit("ASSESSMENT_BODY", Fixtures.unique("Site Batch Auditors"), "GB");
        for (int i = 0; i < 50; i++) {
            insertRequestForSite(member.organisationId(), Fixtures.admit("SUPPLIER", Fixtures.unique("Site Batch Supplier " + i), "CD"), body, i);
        }
        // when the member reads a page of 5, then of 50, with the site of each request
        long five = statementsFor(member, 5);
        long fifty = statementsFor(member, 50);
        System.out.println("[statements] myAssessmentRequests page with site: first 5 -> " + five + ", first 50 -> " + fifty);
        // then the cost does not grow with the page
        assertEquals(five, fifty, "statements must not grow with the page size");
    }

    private long statementsFor(Fixtures.Party member, int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = member.client().post(MINE, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        List<Map<String, Object>> nodes = r.get("data.myAssessmentRequests.nodes");
        assertEquals(first, nodes.size());
        for (Map<String, Object> n : nodes) {
            Map<?, ?> site = (Map<?, ?>) n.get("site");
            assertNotNull(site, r.raw());
            assertEquals(n.get("siteId"), site.get("id"));
            assertNull(site.get("coordinates"), r.raw());
        }
        return statements;
    }

    /** A site with coordinates of the supplier, an assessment of it in progress at the body, and the member's request for it. */
    private void insertRequestForSite(String memberId, String supplierId, String bodyId, int i) throws Exception {
        UUID site = UUID.randomUUID();
        UUID assessment = UUID.randomUUID();
        Timestamp at = Timestamp.from(Instant.now().minusSeconds(i));
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into supplier_site (id, supplier_id, name, kind, country, latitude, longitude, minerals, stage, in_cahra, created_at, updated_at)
                    values (?, ?, ?, 'MINE', 'CD', -10.7123, 25.4711, array['COBALT'], 'EXTRACTION', false, ?, ?)""")) {
                ps.setObject(1, site);
                ps.setObject(2, UUID.fromString(supplierId));
                ps.setString(3, "Pit " + i);
                ps.setTimestamp(4, at);
                ps.setTimestamp(5, at);
                ps.executeUpdate();
            }
            AssessmentRows.inProgress(c, assessment, supplierId, bodyId, at);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into assessment_request (id, member_id, supplier_id, site_id, minimum_method, outcome, assessment_id, requested_at, requested_by)
                    values (?, ?, ?, ?, 'DESK_REVIEW', 'NEW_ASSESSMENT', ?, ?, 'site-batch-test')""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, UUID.fromString(memberId));
                ps.setObject(3, UUID.fromString(supplierId));
                ps.setObject(4, site);
                ps.setObject(5, assessment);
                ps.setTimestamp(6, at);
                ps.executeUpdate();
            }
        }
    }

    private static Map<String, Object> only(List<Map<String, Object>> nodes, String id) {
        List<Map<String, Object>> found = nodes.stream().filter(n -> id.equals(n.get("id"))).toList();
        assertEquals(1, found.size(), nodes.toString());
        return found.get(0);
    }
}
