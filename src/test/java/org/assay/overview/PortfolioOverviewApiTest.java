package org.assay.overview;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.assessment.Severity;
import org.assay.assessment.SupplierStatusRule;
import org.assay.assessment.SupplierStatuses;
import org.assay.cap.ActionStatusSummaries;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The member's portfolio overview and list: counts, every filter and sort, NOT_SHARED masking, constant statements. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PortfolioOverviewApiTest {

    static final String ROW = "supplierId name country entryId internalId category spendBand access status currentRating publishedRating "
            + "overallScore themeScores { code score } validUntil method assessmentId "
            + "actions { openCritical openMajor openMinor overdueCritical overdueMajor overdueMinor } overdueActionCount "
            + "requirements { verdict reasons { code message } }";
    static final String LIST = "query($first: Int, $after: String, $f: PortfolioSupplierFilter, $sort: PortfolioSort) { "
            + "portfolioSuppliers(first: $first, after: $after, filter: $f, sort: $sort) { nodes { " + ROW + " } pageInfo { hasNextPage endCursor } } }";
    static final String OVERVIEW = "query($f: PortfolioSupplierFilter) { portfolioOverview(filter: $f) { asOf suppliers "
            + "byStatus { status suppliers } byCurrentRating { rating suppliers } unrated "
            + "actions { severity suppliersWithOpen suppliersWithOverdue open overdue } suppliersWithOverdueActions openActions overdueActions "
            + "byRequirementVerdict { verdict suppliers } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Clock clock;

    @Inject
    SupplierStatuses supplierStatuses;

    @Inject
    ActionStatusSummaries actionSummaries;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void overviewCountsOnlySharedResults() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        Gql.Result r = s.client().post(OVERVIEW).assertNoErrors();
        assertEquals(clock.today().toString(), r.string("data.portfolioOverview.asOf"));
        assertEquals(9, r.<Integer>get("data.portfolioOverview.suppliers"));
        assertEquals(Map.of("NOT_ASSESSED", 1, "IN_PROGRESS", 1, "RATED", 2, "EXPIRING", 1, "EXPIRED", 1, "NOT_SHARED", 3),
                counts(r, "byStatus", "status"));
        assertEquals(Map.of("AAA", 0, "AA", 1, "A", 0, "BBB", 2, "BB", 0, "B", 1, "C", 0), counts(r, "byCurrentRating", "rating"),
                "Foxtrot's AAA, Golf's AA and Hotel's A are not shared; Charlie's expired BBB counts; India's cap is lifted to BBB");
        assertEquals(2, r.<Integer>get("data.portfolioOverview.unrated"));
        List<Map<String, Object>> actions = r.get("data.portfolioOverview.actions");
        assertEquals(List.of("CRITICAL", "MAJOR", "MINOR"), actions.stream().map(a -> a.get("severity")).toList());
        assertEquals(Map.of("severity", "CRITICAL", "suppliersWithOpen", 1, "suppliersWithOverdue", 1, "open", 1, "overdue", 1), actions.get(0),
                "Foxtrot's overdue critical action is not shared; India's is verified");
        assertEquals(Map.of("severity", "MAJOR", "suppliersWithOpen", 1, "suppliersWithOverdue", 1, "open", 1, "overdue", 1), actions.get(1));
        assertEquals(Map.of("severity", "MINOR", "suppliersWithOpen", 1, "suppliersWithOverdue", 0, "open", 1, "overdue", 0), actions.get(2));
        assertEquals(1, r.<Integer>get("data.portfolioOverview.suppliersWithOverdueActions"));
        assertEquals(3, r.<Integer>get("data.portfolioOverview.openActions"));
        assertEquals(2, r.<Integer>get("data.portfolioOverview.overdueActions"));
        assertNull(r.get("data.portfolioOverview.byRequirementVerdict"), "no requirement profile yet");

        // The overview takes the list's filters.
        Gql.Result battery = s.client().post(OVERVIEW, vars("f", Map.of("category", "battery"))).assertNoErrors();
        assertEquals(5, battery.<Integer>get("data.portfolioOverview.suppliers"));
        assertEquals(Map.of("NOT_ASSESSED", 0, "IN_PROGRESS", 0, "RATED", 2, "EXPIRING", 1, "EXPIRED", 0, "NOT_SHARED", 2),
                counts(battery, "byStatus", "status"));
    }

    @Test
    void listRowsAreMaskedWhenNotShared() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        Map<String, Map<String, Object>> rows = rowsByName(s, list(s, Map.of(), "NAME", 100));
        assertEquals(OverviewScenario.NAMES.stream().map(s::name).toList(), new ArrayList<>(rows.keySet()));

        Map<String, Object> alpha = rows.get(s.name("Alpha"));
        assertEquals(s.id("Alpha").toString(), alpha.get("supplierId"));
        assertEquals("CD", alpha.get("country"));
        assertEquals("A-1", alpha.get("internalId"));
        assertEquals("Battery", alpha.get("category"));
        assertEquals("OVER_10M", alpha.get("spendBand"));
        assertEquals("SUMMARY", alpha.get("access"));
        assertEquals("RATED", alpha.get("status"));
        assertEquals("AA", alpha.get("currentRating"));
        assertEquals("AA", alpha.get("publishedRating"));
        assertEquals(78.5f, ((Number) alpha.get("overallScore")).floatValue());
        assertEquals(List.of(Map.of("code", "ENV", "score", 80.0f), Map.of("code", "SOC", "score", 70.0f)), floats(alpha.get("themeScores")));
        assertEquals(s.today().plusDays(400).toString(), alpha.get("validUntil"));
        assertEquals("DESK_REVIEW", alpha.get("method"));
        assertNotNull(alpha.get("assessmentId"));
        assertEquals(0, alpha.get("overdueActionCount"));
        assertNull(alpha.get("requirements"));

        Map<String, Object> bravo = rows.get(s.name("Bravo"));
        assertEquals("FULL", bravo.get("access"));
        assertEquals("EXPIRING", bravo.get("status"));
        assertEquals("B", bravo.get("currentRating"), "the critical action is not verified: the cap stays");
        assertEquals("SELF_ASSESSMENT", bravo.get("method"));
        assertEquals(Map.of("openCritical", 1, "openMajor", 1, "openMinor", 1, "overdueCritical", 1, "overdueMajor", 1, "overdueMinor", 0),
                bravo.get("actions"));
        assertEquals(2, bravo.get("overdueActionCount"));

        Map<String, Object> charlie = rows.get(s.name("Charlie"));
        assertEquals("EXPIRED", charlie.get("status"));
        assertEquals("BBB", charlie.get("currentRating"), "the latest published assessment counts, not the older better one");
        List<Map<String, Object>> charlieThemes = floats(charlie.get("themeScores"));
        assertEquals(1, charlieThemes.size());
        assertEquals("GOV", charlieThemes.get(0).get("code"));
        assertNull(charlieThemes.get(0).get("score"), "a theme with nothing scored has no score");

        assertEquals("IN_PROGRESS", rows.get(s.name("Delta")).get("status"));
        assertNull(rows.get(s.name("Delta")).get("currentRating"));
        assertEquals("NOT_ASSESSED", rows.get(s.name("Echo")).get("status"));
        assertEquals(Map.of("openCritical", 0, "openMajor", 0, "openMinor", 0, "overdueCritical", 0, "overdueMajor", 0, "overdueMinor", 0),
                rows.get(s.name("Echo")).get("actions"));

        for (String hidden : List.of("Foxtrot", "Golf", "Hotel")) {
            Map<String, Object> row = rows.get(s.name(hidden));
            assertEquals("NOT_SHARED", row.get("access"), hidden);
            assertEquals("NOT_SHARED", row.get("status"), hidden);
            for (String field : List.of("currentRating", "publishedRating", "overallScore", "validUntil", "method", "assessmentId", "actions",
                    "overdueActionCount")) {
                assertNull(row.get(field), hidden + "." + field + " must be masked");
            }
            assertEquals(List.of(), row.get("themeScores"), hidden);
            assertNotNull(row.get("entryId"), "the member's own entry and tags stay visible");
        }
        assertEquals("F-6", rows.get(s.name("Foxtrot")).get("internalId"));

        Map<String, Object> india = rows.get(s.name("India"));
        assertEquals("BBB", india.get("currentRating"), "every critical action verified: the cap is lifted");
        assertEquals("B", india.get("publishedRating"));

        // Reading shown published results is recorded for their suppliers (not for NOT_SHARED ones).
        assertTrue(count("select count(*) from access_record where member_id = '" + s.member().organisationId() + "' and supplier_id = '"
                + s.id("Alpha") + "' and level = 'SUMMARY'") >= 1);
        assertEquals(0, count("select count(*) from access_record where member_id = '" + s.member().organisationId() + "' and supplier_id = '"
                + s.id("Foxtrot") + "'"));
    }

    @Test
    void theSqlAgreesWithTheStatusAndActionRules() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        Map<String, Map<String, Object>> rows = rowsByName(s, list(s, Map.of(), "NAME", 100));
        List<UUID> ids = new ArrayList<>(s.suppliers().values());
        Map<UUID, SupplierStatusRule.Derived> statuses = QuarkusTransaction.requiringNew().call(() -> supplierStatuses.of(ids));
        Map<UUID, ActionStatusSummaries.Summary> summaries = QuarkusTransaction.requiringNew().call(() -> actionSummaries.of(ids));
        for (String n : OverviewScenario.NAMES) {
            Map<String, Object> row = rows.get(s.name(n));
            if ("NOT_SHARED".equals(row.get("status"))) {
                continue;
            }
            UUID id = s.id(n);
            assertEquals(statuses.get(id).kind().name(), row.get("status"), n);
            ActionStatusSummaries.Summary sum = summaries.get(id);
            assertEquals(sum.currentRating() == null ? null : sum.currentRating().name(), row.get("currentRating"), n);
            assertEquals(sum.publishedRating() == null ? null : sum.publishedRating().name(), row.get("publishedRating"), n);
            @SuppressWarnings("unchecked")
            Map<String, Object> a = (Map<String, Object>) row.get("actions");
            assertEquals(sum.open().get(Severity.CRITICAL), a.get("openCritical"), n);
            assertEquals(sum.open().get(Severity.MAJOR), a.get("openMajor"), n);
            assertEquals(sum.open().get(Severity.MINOR), a.get("openMinor"), n);
            assertEquals(sum.overdue().get(Severity.CRITICAL), a.get("overdueCritical"), n);
            assertEquals(sum.overdue().get(Severity.MAJOR), a.get("overdueMajor"), n);
            assertEquals(sum.overdue().get(Severity.MINOR), a.get("overdueMinor"), n);
        }
    }

    @Test
    void theMineralFilterMeansTheSameInPortfolioAndPortfolioSuppliers() {
        // one meaning: the supplier's profile lists the mineral or one of its active sites handles it
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        for (String mineral : List.of("COBALT", "COPPER", "GOLD", "LITHIUM")) {
            Gql.Result entries = s.client().post("query($f: PortfolioFilter) { portfolio(first: 100, filter: $f) { nodes { supplier { name } } } }",
                    vars("f", Map.of("mineral", mineral))).assertNoErrors();
            List<String> fromEntries = entries.<List<String>>get("data.portfolio.nodes.supplier.name").stream()
                    .filter(n -> n.startsWith(s.tag())).sorted().toList();
            List<String> fromOverview = filtered(s, Map.of("mineral", mineral)).stream().sorted().toList();
            assertEquals(fromOverview, fromEntries, mineral);
        }
    }

    @Test
    void everyFilter() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        assertEquals(names(s, "Bravo", "Charlie", "India"), filtered(s, Map.of("ratingAtOrBelow", "BBB")));
        assertEquals(names(s, "Bravo"), filtered(s, Map.of("ratingAtOrBelow", "B")));
        assertEquals(names(s, "Bravo"), filtered(s, Map.of("expiringWithinDays", 60)), "Foxtrot expires within 60 days but is not shared");
        assertEquals(names(s, "Alpha", "Bravo", "India"), filtered(s, Map.of("expiringWithinDays", 400)), "expired ones do not match");
        assertEquals(names(s, "Bravo"), filtered(s, Map.of("hasOverdueCriticalActions", true)));
        assertEquals(names(s, "Alpha", "Charlie", "Delta", "Echo", "India"), filtered(s, Map.of("hasOverdueCriticalActions", false)));
        assertEquals(names(s, "Alpha", "Bravo", "Foxtrot"), filtered(s, Map.of("country", "cd")), "registration country");
        assertEquals(names(s, "Bravo"), filtered(s, Map.of("country", "ZM")), "an active site's country; Alpha's ZM site is archived");
        assertEquals(names(s, "Alpha", "Foxtrot"), filtered(s, Map.of("mineral", "COBALT")), "site data is public: NOT_SHARED suppliers match");
        assertEquals(List.of(), filtered(s, Map.of("mineral", "GOLD")), "archived sites do not count");
        assertEquals(names(s, "Golf"), filtered(s, Map.of("mineral", "LITHIUM")), "the profile's minerals count, as in portfolio");
        assertEquals(names(s, "Alpha", "Foxtrot"), filtered(s, Map.of("inCahra", true)));
        assertEquals(names(s, "Bravo", "Charlie", "Delta", "Echo", "Golf", "Hotel", "India"), filtered(s, Map.of("inCahra", false)));
        assertEquals(names(s, "Charlie", "Delta"), filtered(s, Map.of("category", " STEEL ")));
        assertEquals(names(s, "Hotel", "India"), filtered(s, Map.of("spendBand", "FROM_100K_TO_1M")));
        assertEquals(names(s, "Golf"), filtered(s, Map.of("internalId", "G-7")));
        assertEquals(names(s, "Bravo", "Charlie"), filtered(s, Map.of("status", List.of("EXPIRING", "EXPIRED"))));
        assertEquals(names(s, "Foxtrot", "Golf", "Hotel"), filtered(s, Map.of("status", List.of("NOT_SHARED"))));
        assertEquals(names(s, "Delta"), filtered(s, Map.of("status", List.of("IN_PROGRESS"))));
        assertEquals(names(s, "Echo"), filtered(s, Map.of("status", List.of("NOT_ASSESSED"))));
        assertEquals(names(s, "Alpha", "India"), filtered(s, Map.of("status", List.of("RATED"))));
        assertEquals(names(s, "Echo"), filtered(s, Map.of("namePrefix", s.tag().toLowerCase() + " e")));
        // Combined with AND.
        assertEquals(names(s, "Bravo"), filtered(s, Map.of("category", "Battery", "ratingAtOrBelow", "BBB", "country", "CD")));

        // Bad arguments.
        s.client().post(LIST, vars("f", Map.of("country", "Congo"))).assertErrorCode("INVALID_ARGUMENT");
        s.client().post(LIST, vars("f", Map.of("expiringWithinDays", -1))).assertErrorCode("INVALID_ARGUMENT");
        s.client().post(LIST, vars("f", Map.of("requirementVerdict", "MEETS"))).assertErrorCode("INVALID_ARGUMENT");
        s.client().post(LIST, vars("first", 101)).assertErrorCode("INVALID_ARGUMENT");
    }

    @Test
    void everySortPagesStablyWithKeysetCursors() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        assertEquals(names(s, "Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"), paged(s, "NAME", 2));
        assertEquals(names(s, "Alpha", "Charlie", "India", "Bravo", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"), paged(s, "RATING_BEST_FIRST", 2),
                "AA, BBB, BBB, B, then unrated and NOT_SHARED by name");
        assertEquals(names(s, "Bravo", "Charlie", "India", "Alpha", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"), paged(s, "RATING_WORST_FIRST", 3));
        assertEquals(names(s, "Charlie", "Bravo", "India", "Alpha", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"), paged(s, "VALID_UNTIL_SOONEST_FIRST", 2));
        assertEquals(names(s, "Alpha", "India", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"), paged(s, "VALID_UNTIL_LATEST_FIRST", 4));
        assertEquals(names(s, "Bravo", "Alpha", "Charlie", "Delta", "Echo", "India", "Foxtrot", "Golf", "Hotel"), paged(s, "OVERDUE_MOST_FIRST", 1),
                "most overdue first; then shared ones with none by name; NOT_SHARED last");
        // Sorts and filters combine; a cursor belongs to its sort.
        Gql.Result first = s.client().post(LIST, vars("first", 1, "sort", "RATING_BEST_FIRST", "f", Map.of("category", "Battery"))).assertNoErrors();
        assertEquals(names(s, "Alpha"), first.get("data.portfolioSuppliers.nodes.name"));
        String cursor = first.string("data.portfolioSuppliers.pageInfo.endCursor");
        assertEquals(names(s, "India", "Bravo"), s.client().post(LIST, vars("first", 2, "after", cursor, "sort", "RATING_BEST_FIRST",
                "f", Map.of("category", "Battery"))).assertNoErrors().get("data.portfolioSuppliers.nodes.name"));
        s.client().post(LIST, vars("first", 2, "after", cursor, "sort", "NAME")).assertErrorCode("INVALID_ARGUMENT");
        s.client().post(LIST, vars("first", 2, "after", "bm90LWEtY3Vyc29y")).assertErrorCode("INVALID_ARGUMENT");
    }

    @Test
    void theNameOrderFollowsARename() {
        // The page reads the portfolio in name order from the entry's copy of the supplier's name (V71), kept by triggers.
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        Gql.rootOperator().post("mutation($in: UpdateOrganisationInput!) { updateOrganisation(input: $in) { userErrors { code } } }",
                vars("in", Map.of("organisationId", s.suppliers().get("Alpha").toString(), "name", s.name("Zulu")))).assertNoErrors();
        List<String> expected = new java.util.ArrayList<>(names(s, "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India"));
        expected.add(s.name("Zulu"));
        assertEquals(expected, paged(s, "NAME", 2));
        assertEquals(List.of(s.name("Zulu")), filtered(s, Map.of("namePrefix", s.tag() + " z")));
    }

    @Test
    void revokedOrExpiredGrantsMakeASupplierNotSharedAgain() {
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Grant Watcher", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Grant Giver", "CD");
        UUID sid = UUID.fromString(supplier.organisationId());
        facts.entry(UUID.fromString(member.organisationId()), sid, "GG-1", null, null);
        facts.published(sid).rating("A").validUntil(clock.today().plusYears(2)).save();
        String grant = "mutation($in: GrantSharingInput!) { grantSharing(input: $in) { grant { id } userErrors { code } } }";
        String revoke = "mutation($in: GrantRefInput!) { revokeSharing(input: $in) { grant { id } userErrors { code } } }";

        assertEquals("NOT_SHARED", status(member));
        // A grant with an end date: shared until that day, not after.
        Gql.Result g = supplier.client().post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", member.organisationId(),
                "level", "SUMMARY", "validUntil", clock.today().plusDays(3).toString()))).assertNoErrors();
        assertEquals(List.of(), g.userErrorCodes("grantSharing"), g.raw());
        assertEquals("RATED", status(member));
        clock.advance(Duration.ofDays(3));
        assertEquals("RATED", status(member), "the last day of a grant still counts");
        clock.advance(Duration.ofDays(1));
        assertEquals("NOT_SHARED", status(member), "the grant has ended");
        assertEquals(0, overviewRated(member));
        clock.reset();

        // Granted again without end, then revoked.
        String id = supplier.client().post(grant, vars("in", Map.of("audience", "MEMBER", "memberId", member.organisationId(), "level", "FULL")))
                .assertNoErrors().string("data.grantSharing.grant.id");
        assertEquals("RATED", status(member));
        assertEquals(1, overviewRated(member));
        assertEquals(List.of(), supplier.client().post(revoke, vars("in", Map.of("grantId", id))).userErrorCodes("revokeSharing"));
        assertEquals("NOT_SHARED", status(member), "revoked: effective on the next request");
        assertEquals(0, overviewRated(member));

        // A grant to all members counts too, and public.
        supplier.client().post(grant, vars("in", Map.of("audience", "ALL_MEMBERS", "level", "SUMMARY"))).assertNoErrors();
        assertEquals("RATED", status(member));
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Statement Counter", "DE");
        UUID m = UUID.fromString(member.organisationId());
        LocalDate today = clock.today();
        String tag = "St" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 60; i++) {
            UUID sid = facts.supplier(tag + " Supplier " + i, "CD");
            facts.entry(m, sid, "ST-" + i, "Cobalt", "OVER_10M");
            facts.site(sid, "Pit " + i, "CD", List.of("COBALT"), i % 2 == 0, false);
            if (i % 10 != 9) facts.grant(sid, i % 3 == 0 ? "ALL_MEMBERS" : "MEMBER", i % 3 == 0 ? null : m, "SUMMARY", null);
            PortfolioFacts.Assessed a = facts.published(sid).rating(List.of("AAA", "AA", "A", "BBB", "BB", "B", "C").get(i % 7))
                    .validUntil(today.plusDays(10 + i * 7)).theme("ENV", "70.00").theme("SOC", "60.00").theme("GOV", "50.00")
                    .finding("CRITICAL").finding("MAJOR").save();
            facts.action(a, 0, "OPEN", today.plusDays(i % 2 == 0 ? -1 : 5));
            facts.action(a, 1, "IN_PROGRESS", today.minusDays(2));
        }
        member.client().post("mutation { createRequirementProfile(input: {minCurrentRating: A, noOverdueCriticalActions: true}) { userErrors { code } } }")
                .assertNoErrors();
        for (String sort : List.of("NAME", "RATING_WORST_FIRST", "OVERDUE_MOST_FIRST")) {
            long five = statementsFor(member, 5, sort, Map.of());
            long fifty = statementsFor(member, 50, sort, Map.of());
            System.out.println("[statements] portfolioSuppliers " + sort + ": first 5 -> " + five + ", first 50 -> " + fifty);
            assertEquals(five, fifty, "statements must not grow with the page size (" + sort + ")");
            assertTrue(fifty <= 5, "a page of 50 cost " + fifty + " statements");
        }
        Map<String, Object> filter = Map.of("ratingAtOrBelow", "A", "mineral", "COBALT", "requirementVerdict", "DOES_NOT_MEET");
        long five = statementsFor(member, 5, "VALID_UNTIL_SOONEST_FIRST", filter);
        long thirty = statementsFor(member, 30, "VALID_UNTIL_SOONEST_FIRST", filter);
        System.out.println("[statements] portfolioSuppliers filtered, VALID_UNTIL_SOONEST_FIRST: first 5 -> " + five + ", first 30 -> " + thirty);
        assertEquals(five, thirty);
        sessionFactory.getStatistics().clear();
        member.client().post(OVERVIEW).assertNoErrors();
        long overview = sessionFactory.getStatistics().getPrepareStatementCount();
        System.out.println("[statements] portfolioOverview: " + overview);
        assertTrue(overview <= 3, "the overview cost " + overview + " statements");
    }

    // ---- helpers ----

    private long statementsFor(Fixtures.Party member, int first, String sort, Map<String, Object> filter) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = member.client().post(LIST, vars("first", first, "sort", sort, "f", filter)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        assertEquals(first, r.<List<?>>get("data.portfolioSuppliers.nodes").size(), r.raw().length() > 400 ? r.raw().substring(0, 400) : r.raw());
        return statements;
    }

    private String status(Fixtures.Party member) {
        return member.client().post(LIST, vars("first", 10)).assertNoErrors().string("data.portfolioSuppliers.nodes[0].status");
    }

    private int overviewRated(Fixtures.Party member) {
        Gql.Result r = member.client().post(OVERVIEW).assertNoErrors();
        return counts(r, "byStatus", "status").get("RATED");
    }

    private List<String> paged(OverviewScenario s, String sort, int pageSize) {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Gql.Result p = s.client().post(LIST, vars("first", pageSize, "after", after, "sort", sort)).assertNoErrors();
            seen.addAll(p.get("data.portfolioSuppliers.nodes.name"));
            after = p.<Boolean>get("data.portfolioSuppliers.pageInfo.hasNextPage") ? p.string("data.portfolioSuppliers.pageInfo.endCursor") : null;
            assertTrue(++pages <= 20, "paging does not end");
        } while (after != null);
        return seen;
    }

    private List<String> filtered(OverviewScenario s, Map<String, Object> filter) {
        Gql.Result r = s.client().post(LIST, vars("first", 100, "f", filter)).assertNoErrors();
        // the overview counts the same suppliers
        Gql.Result o = s.client().post(OVERVIEW, vars("f", filter)).assertNoErrors();
        List<String> names = r.get("data.portfolioSuppliers.nodes.name");
        assertEquals(names.size(), o.<Integer>get("data.portfolioOverview.suppliers"), "overview and list disagree on " + filter);
        return names;
    }

    private static List<String> names(OverviewScenario s, String... shortNames) {
        return java.util.Arrays.stream(shortNames).map(s::name).toList();
    }

    private static List<Map<String, Object>> list(OverviewScenario s, Map<String, Object> filter, String sort, int first) {
        return s.client().post(LIST, vars("first", first, "f", filter, "sort", sort)).assertNoErrors().get("data.portfolioSuppliers.nodes");
    }

    private static Map<String, Map<String, Object>> rowsByName(OverviewScenario s, List<Map<String, Object>> rows) {
        Map<String, Map<String, Object>> m = new java.util.LinkedHashMap<>();
        rows.forEach(r -> m.put((String) r.get("name"), r));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> floats(Object themeScores) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> t : (List<Map<String, Object>>) themeScores) {
            Map<String, Object> c = new HashMap<>(t);
            if (c.get("score") != null) c.put("score", ((Number) c.get("score")).floatValue());
            out.add(c);
        }
        return out;
    }

    private static Map<String, Integer> counts(Gql.Result r, String list, String key) {
        Map<String, Integer> m = new HashMap<>();
        List<Map<String, Object>> items = r.get("data.portfolioOverview." + list);
        items.forEach(i -> m.put((String) i.get(key), (Integer) i.get("suppliers")));
        return m;
    }

    private long count(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
