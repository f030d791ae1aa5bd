package org.assay.portfolio;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A member's private portfolio: adding (one and in bulk), tagging, removing, listing without N+1, and privacy. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PortfolioApiTest {

    static final String ENTRY = "id internalId category spendBand addedAt supplier { id name country minerals "
            + "sites { name kind country coordinates { latitude } minerals stage inCahra } }";
    static final String ADD = "mutation($in: PortfolioRowInput!) { addToPortfolio(input: $in) { entry { " + ENTRY
            + " } userErrors { field code message } } }";
    static final String BULK = "mutation($in: AddToPortfolioBulkInput!) { addToPortfolioBulk(input: $in) { addedCount "
            + "added { id internalId supplier { id } } rowErrors { row field code message } userErrors { field code message } } }";
    static final String UPDATE = "mutation($in: UpdatePortfolioEntryInput!) { updatePortfolioEntry(input: $in) { entry { " + ENTRY
            + " } userErrors { field code message } } }";
    static final String REMOVE = "mutation($in: PortfolioEntryRefInput!) { removeFromPortfolio(input: $in) { entry { id } "
            + "userErrors { field code message } } }";
    static final String PAGE = "query($first: Int, $after: String, $f: PortfolioFilter) { portfolio(first: $first, after: $after, filter: $f) { "
            + "nodes { " + ENTRY + " } pageInfo { hasNextPage endCursor } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    SessionFactory sessionFactory;

    /** The raw UUID a global id carries (the database's id). */
    static String raw(String globalId) {
        return org.assay.platform.GlobalId.decode(globalId).orElseThrow().id().toString();
    }

    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static void site(Fixtures.Party supplier, String name, String country, List<String> minerals, boolean inCahra) {
        Gql.Result r = supplier.client().post("mutation($in: CreateSiteInput!) { createSite(input: $in) { site { id } userErrors { code } } }",
                vars("in", row("name", name, "kind", "MINE", "country", country, "latitude", 1.5, "longitude", 2.5,
                        "minerals", minerals, "stage", "EXTRACTION", "inCahra", inCahra))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("createSite"), r.raw());
    }

    @Test
    void memberAddsTagsAndRemovesSuppliers() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Portfolio Buyer", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Portfolio Cobalt", "CD");
        site(supplier, "Kamoto", "CD", List.of("COBALT", "COPPER"), true);

        Gql.Result added = member.client().post(ADD, vars("in", row("supplierId", supplier.organisationId(),
                "internalId", " V-1001 ", "category", "Battery metals", "spendBand", "FROM_1M_TO_10M"))).assertNoErrors();
        assertEquals(List.of(), added.userErrorCodes("addToPortfolio"), added.raw());
        String entryId = added.string("data.addToPortfolio.entry.id");
        assertEquals("V-1001", added.string("data.addToPortfolio.entry.internalId"));
        assertEquals(List.of("Kamoto"), added.get("data.addToPortfolio.entry.supplier.sites.name"));
        assertNull(added.get("data.addToPortfolio.entry.supplier.sites[0].coordinates"), "members do not see exact site locations");
        assertEquals(true, added.get("data.addToPortfolio.entry.supplier.sites[0].inCahra"));

        // Already there; internal id taken; not a supplier; unknown; malformed.
        long before = count("select count(*) from portfolio_entry where member_id = '" + member.organisationId() + "'");
        assertEquals(List.of("ALREADY_IN_PORTFOLIO"), member.client().post(ADD, vars("in", row("supplierId", supplier.organisationId())))
                .userErrorCodes("addToPortfolio"));
        Fixtures.Party second = Fixtures.party("SUPPLIER", "Portfolio Lithium", "CL");
        Gql.Result dup = member.client().post(ADD, vars("in", row("supplierId", second.organisationId(), "internalId", "V-1001")));
        assertEquals(List.of("DUPLICATE_INTERNAL_ID"), dup.userErrorCodes("addToPortfolio"));
        assertEquals("input.internalId", dup.userErrorFields("addToPortfolio").get(0));
        assertEquals(List.of("NOT_FOUND"), member.client().post(ADD, vars("in", row("supplierId", member.organisationId())))
                .userErrorCodes("addToPortfolio"));
        assertEquals(List.of("NOT_FOUND"), member.client().post(ADD, vars("in", row("supplierId", UUID.randomUUID().toString())))
                .userErrorCodes("addToPortfolio"));
        assertEquals(List.of("INVALID_ID"), member.client().post(ADD, vars("in", row("supplierId", "nope")))
                .userErrorCodes("addToPortfolio"));
        assertEquals(List.of("TOO_LONG", "TOO_LONG"), member.client().post(ADD, vars("in", row("supplierId", second.organisationId(),
                "internalId", "x".repeat(65), "category", "c".repeat(101)))).userErrorCodes("addToPortfolio"));
        Fixtures.Party suspended = Fixtures.party("SUPPLIER", "Portfolio Suspended", "CD");
        Gql.rootOperator().post("mutation($in: OrganisationRefInput!) { suspendOrganisation(input: $in) { organisation { id } } }",
                vars("in", Map.of("organisationId", suspended.organisationId()))).assertNoErrors();
        assertEquals(List.of("SUPPLIER_SUSPENDED"), member.client().post(ADD, vars("in", row("supplierId", suspended.organisationId())))
                .userErrorCodes("addToPortfolio"));
        assertEquals(before, count("select count(*) from portfolio_entry where member_id = '" + member.organisationId() + "'"));

        // Update replaces the tags; removal.
        Gql.Result updated = member.client().post(UPDATE, vars("in", row("entryId", entryId, "category", "Cobalt"))).assertNoErrors();
        assertEquals(List.of(), updated.userErrorCodes("updatePortfolioEntry"), updated.raw());
        assertEquals("Cobalt", updated.string("data.updatePortfolioEntry.entry.category"));
        assertNull(updated.get("data.updatePortfolioEntry.entry.internalId"));
        assertNull(updated.get("data.updatePortfolioEntry.entry.spendBand"));
        assertEquals(List.of(), member.client().post(REMOVE, vars("in", row("entryId", entryId))).userErrorCodes("removeFromPortfolio"));
        assertEquals(List.of(), member.client().post(PAGE, vars("first", 10)).get("data.portfolio.nodes"));
        assertEquals(List.of("NOT_FOUND"), member.client().post(REMOVE, vars("in", row("entryId", entryId))).userErrorCodes("removeFromPortfolio"));
    }

    @Test
    void bulkAddReportsEachBadRowAndAddsTheRest() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Bulk Buyer", "JP");
        Fixtures.Party held = Fixtures.party("SUPPLIER", "Bulk Held", "CN");
        Fixtures.Party a = Fixtures.party("SUPPLIER", "Bulk A", "CN");
        Fixtures.Party b = Fixtures.party("SUPPLIER", "Bulk B", "ID");
        Fixtures.Party c = Fixtures.party("SUPPLIER", "Bulk C", "ID");
        member.client().post(ADD, vars("in", row("supplierId", held.organisationId(), "internalId", "H-1"))).assertNoErrors();

        List<Map<String, Object>> rows = List.of(
                row("supplierId", a.organisationId(), "internalId", "A-1", "spendBand", "OVER_10M"), // 0 ok
                row("supplierId", held.organisationId()),                                            // 1 already
                row("supplierId", "not-an-id"),                                                       // 2 malformed
                row("supplierId", member.organisationId()),                                           // 3 not a supplier
                row("supplierId", a.organisationId()),                                                // 4 same as row 0
                row("supplierId", b.organisationId(), "internalId", "H-1"),                           // 5 internal id taken
                row("supplierId", c.organisationId(), "internalId", "A-1"),                           // 6 internal id of row 0
                row("supplierId", b.organisationId(), "category", "Nickel"));                         // 7 ok
        Gql.Result r = member.client().post(BULK, vars("in", Map.of("rows", rows))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("addToPortfolioBulk"), r.raw());
        assertEquals(2, r.<Integer>get("data.addToPortfolioBulk.addedCount"));
        assertEquals(List.of(a.organisationId(), b.organisationId()), r.get("data.addToPortfolioBulk.added.supplier.id"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), r.get("data.addToPortfolioBulk.rowErrors.row"));
        assertEquals(List.of("ALREADY_IN_PORTFOLIO", "INVALID_ID", "NOT_FOUND", "DUPLICATE_ROW", "DUPLICATE_INTERNAL_ID", "DUPLICATE_INTERNAL_ID"),
                r.get("data.addToPortfolioBulk.rowErrors.code"));
        assertEquals("supplierId", r.string("data.addToPortfolioBulk.rowErrors[0].field"));
        assertEquals("internalId", r.string("data.addToPortfolioBulk.rowErrors[4].field"));
        assertEquals(3, count("select count(*) from portfolio_entry where member_id = '" + member.organisationId() + "'"));
        assertEquals(1, count("select count(*) from audit_event where operation = 'addToPortfolioBulk' and target_ids like '%"
                + raw(r.string("data.addToPortfolioBulk.added[1].id")) + "%'"), "the audit trail keeps raw ids");

        // Whole-input problems are user errors and nothing is added.
        r = member.client().post(BULK, vars("in", Map.of("rows", List.of()))).assertNoErrors();
        assertEquals(List.of("REQUIRED"), r.userErrorCodes("addToPortfolioBulk"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        Fixtures.Party d = Fixtures.party("SUPPLIER", "Bulk D", "ID");
        tooMany.add(row("supplierId", d.organisationId()));
        for (int i = 0; i < 1000; i++) {
            tooMany.add(row("supplierId", UUID.randomUUID().toString()));
        }
        r = member.client().post(BULK, vars("in", Map.of("rows", tooMany))).assertNoErrors();
        assertEquals(List.of("TOO_MANY_ROWS"), r.userErrorCodes("addToPortfolioBulk"));
        assertEquals(3, count("select count(*) from portfolio_entry where member_id = '" + member.organisationId() + "'"));
    }

    @Test
    void bulkAddOfManyRowsCostsAConstantNumberOfStatements() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Bulk Volume Buyer", "FR");
        List<String> suppliers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            suppliers.add(Fixtures.admit("SUPPLIER", Fixtures.unique("Volume Supplier " + i), "CN"));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < suppliers.size(); i++) {
            rows.add(row("supplierId", suppliers.get(i), "internalId", "VOL-" + i, "category", "Volume"));
        }
        for (int i = 0; i < 700; i++) {
            rows.add(row("supplierId", UUID.randomUUID().toString()));  // unknown: row errors
        }
        sessionFactory.getStatistics().clear();
        Gql.Result r = member.client().post(BULK, vars("in", Map.of("rows", rows))).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        assertEquals(300, r.<Integer>get("data.addToPortfolioBulk.addedCount"), r.raw().substring(0, 500));
        assertEquals(700, r.<List<?>>get("data.addToPortfolioBulk.rowErrors").size());
        // lock + organisations + existing entries + 3 insert batches of 100 + audit (lock, last event, insert, head) ≈ 10
        assertTrue(statements <= 15, "a bulk addition of 1,000 rows cost " + statements + " statements");
        System.out.println("[statements] addToPortfolioBulk, 1000 rows (300 added): " + statements);
        assertEquals(300, count("select count(*) from portfolio_entry where member_id = '" + member.organisationId() + "'"));
    }

    @Test
    void aPortfolioIsVisibleToItsMemberOnly() throws Exception {
        Fixtures.Party memberA = Fixtures.party("MEMBER_FIRM", "Private Buyer A", "DE");
        Fixtures.Party memberB = Fixtures.party("MEMBER_FIRM", "Private Buyer B", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Shared Supplier", "CD");
        String entryOfA = memberA.client().post(ADD, vars("in", row("supplierId", supplier.organisationId(), "internalId", "A-SECRET")))
                .string("data.addToPortfolio.entry.id");

        // B holds the same supplier independently and never sees A's entry or tags.
        Gql.Result b = memberB.client().post(ADD, vars("in", row("supplierId", supplier.organisationId(), "internalId", "A-SECRET"))).assertNoErrors();
        assertEquals(List.of(), b.userErrorCodes("addToPortfolio"), "internal ids are per member");
        Gql.Result page = memberB.client().post(PAGE, vars("first", 100)).assertNoErrors();
        assertEquals(1, page.<List<?>>get("data.portfolio.nodes").size());
        assertTrue(!page.raw().contains(entryOfA));

        // B cannot change or remove A's entry: it does not exist for B.
        assertEquals(List.of("NOT_FOUND"), memberB.client().post(UPDATE, vars("in", row("entryId", entryOfA, "category", "x")))
                .userErrorCodes("updatePortfolioEntry"));
        assertEquals(List.of("NOT_FOUND"), memberB.client().post(REMOVE, vars("in", row("entryId", entryOfA)))
                .userErrorCodes("removeFromPortfolio"));
        assertEquals(1, count("select count(*) from portfolio_entry where id = '" + raw(entryOfA) + "' and category is null"));

        // The entry is a Node with a global id of its own type; node(id:) answers as the portfolio does: A sees its
        // entry, B gets exactly what an unknown id gets (null and NOT_FOUND), and so does the entry's raw id.
        String node = "query($id: ID!) { node(id: $id) { id ... on PortfolioEntry { internalId supplier { id } } } }";
        assertEquals("PortfolioEntry", org.assay.platform.GlobalId.decode(entryOfA).orElseThrow().type());
        Gql.Result mine = memberA.client().post(node, vars("id", entryOfA)).assertNoErrors();
        assertEquals("A-SECRET", mine.string("data.node.internalId"));
        Gql.Result theirs = memberB.client().post(node, vars("id", entryOfA));
        theirs.assertErrorCode("NOT_FOUND");
        assertNull(theirs.get("data.node"));
        assertFalse(theirs.raw().contains("A-SECRET"));
        String unknown = new org.assay.platform.GlobalId("PortfolioEntry", UUID.randomUUID()).encode();
        Gql.Result none = memberB.client().post(node, vars("id", unknown));
        assertEquals(none.<Object>get("errors"), theirs.<Object>get("errors"), "another member's entry answers exactly as an unknown id");
        assertEquals(none.<Object>get("data"), theirs.<Object>get("data"));
        Gql.Result nodes = memberA.client().post("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", vars("ids", List.of(entryOfA, unknown)));
        assertEquals(entryOfA, nodes.string("data.nodes[0].id"));

        // Portfolios are for members: suppliers, assessors and the operator are forbidden.
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Portfolio Auditor", "GB");
        for (Gql other : List.of(supplier.client(), assessor.client(), Gql.rootOperator())) {
            other.post(PAGE).assertErrorCode("forbidden");
            other.post(ADD, vars("in", row("supplierId", supplier.organisationId()))).assertErrorCode("forbidden");
            other.post(BULK, vars("in", Map.of("rows", List.of(row("supplierId", supplier.organisationId()))))).assertErrorCode("forbidden");
            other.post(REMOVE, vars("in", row("entryId", entryOfA))).assertErrorCode("forbidden");
        }
        Gql.anonymous().post(PAGE).assertErrorCode("unauthorized");
    }

    @Test
    void filtersAndKeysetPaging() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Filter Buyer", "KR");
        String tag = "Flt" + UUID.randomUUID().toString().substring(0, 6);
        Fixtures.Party cobalt = party("SUPPLIER", tag + " Alpha Cobalt", "CN");
        site(cobalt, "Alpha pit", "CD", List.of("COBALT"), true);
        Fixtures.Party lithium = party("SUPPLIER", tag + " Beta Lithium", "CL");
        site(lithium, "Beta salar", "CL", List.of("LITHIUM"), false);
        Fixtures.Party nickel = party("SUPPLIER", tag + " Gamma Nickel", "ID");
        lithium.client().post("mutation { updateSupplierProfile(input: {minerals: [NICKEL]}) { profile { id } } }").assertNoErrors();
        for (Object[] s : new Object[][]{{cobalt, "Battery", "OVER_10M"}, {lithium, "Battery", "UNDER_100K"}, {nickel, "Steel", "UNDER_100K"}}) {
            member.client().post(ADD, vars("in", row("supplierId", ((Fixtures.Party) s[0]).organisationId(), "category", s[1],
                    "spendBand", s[2]))).assertNoErrors();
        }
        assertEquals(List.of(tag + " Alpha Cobalt", tag + " Beta Lithium", tag + " Gamma Nickel"), names(member, row("namePrefix", tag.toLowerCase())));
        assertEquals(List.of(tag + " Alpha Cobalt"), names(member, row("country", "CD")), "a site's country counts");
        assertEquals(List.of(tag + " Alpha Cobalt"), names(member, row("country", "cn")), "the registration country counts");
        assertEquals(List.of(tag + " Beta Lithium"), names(member, row("mineral", "LITHIUM")));
        assertEquals(List.of(tag + " Beta Lithium"), names(member, row("mineral", "NICKEL")), "the profile's minerals count");
        assertEquals(List.of(tag + " Alpha Cobalt"), names(member, row("inCahra", true)));
        assertEquals(List.of(tag + " Beta Lithium", tag + " Gamma Nickel"), names(member, row("inCahra", false)));
        assertEquals(List.of(tag + " Alpha Cobalt", tag + " Beta Lithium"), names(member, row("category", "battery")));
        assertEquals(List.of(tag + " Beta Lithium", tag + " Gamma Nickel"), names(member, row("spendBand", "UNDER_100K")));
        assertEquals(List.of(tag + " Beta Lithium"), names(member, row("spendBand", "UNDER_100K", "category", "Battery")));

        // Keyset paging by name, one by one.
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            Gql.Result p = member.client().post(PAGE, vars("first", 1, "after", after, "f", row("namePrefix", tag))).assertNoErrors();
            seen.addAll(p.get("data.portfolio.nodes.supplier.name"));
            after = p.<Boolean>get("data.portfolio.pageInfo.hasNextPage") ? p.string("data.portfolio.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(List.of(tag + " Alpha Cobalt", tag + " Beta Lithium", tag + " Gamma Nickel"), seen);
        member.client().post(PAGE, vars("first", 101)).assertErrorCode("INVALID_ARGUMENT");
    }

    @Test
    void aPageCostsTheSameNumberOfStatementsWhateverItsSize() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "N+1 Buyer", "DE");
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Fixtures.Party s = Fixtures.party("SUPPLIER", "Statement Supplier " + i, "CD");
            site(s, "Pit " + i, "CD", List.of("COBALT"), i % 2 == 0);
            site(s, "Plant " + i, "ZM", List.of("COPPER", "COBALT"), false);
            s.client().post("mutation { updateSupplierProfile(input: {description: \"Supplier " + i + "\", minerals: [COBALT]}) { profile { id } } }")
                    .assertNoErrors();
            rows.add(row("supplierId", s.organisationId(), "category", "Cobalt", "spendBand", "FROM_100K_TO_1M"));
        }
        member.client().post(BULK, vars("in", Map.of("rows", rows))).assertNoErrors();

        long five = statementsFor(member, 5);
        long fifty = statementsFor(member, 50);
        System.out.println("[statements] portfolio page with supplier profiles and sites: first 5 -> " + five + ", first 50 -> " + fifty);
        assertEquals(five, fifty, "statements must not grow with the page size");
        assertTrue(fifty <= 3, "a page of 50 cost " + fifty + " statements");
    }

    private long statementsFor(Fixtures.Party member, int first) {
        sessionFactory.getStatistics().clear();
        Gql.Result r = member.client().post(PAGE, vars("first", first)).assertNoErrors();
        long statements = sessionFactory.getStatistics().getPrepareStatementCount();
        assertEquals(first, r.<List<?>>get("data.portfolio.nodes").size());
        assertEquals(2, r.<List<?>>get("data.portfolio.nodes[" + (first - 1) + "].supplier.sites").size());
        return statements;
    }

    private static Fixtures.Party party(String kind, String exactName, String country) {
        String nodeId = Fixtures.admitNode(kind, exactName, country);
        String orgId = Fixtures.rawId(nodeId);
        String subject = "supplier-" + UUID.randomUUID().toString().substring(0, 8);
        Fixtures.addPerson(orgId, subject, true);
        return new Fixtures.Party(orgId, nodeId, subject, Gql.as(subject));
    }

    private static List<String> names(Fixtures.Party member, Map<String, Object> filter) {
        return member.client().post(PAGE, vars("first", 100, "f", filter)).assertNoErrors().get("data.portfolio.nodes.supplier.name");
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
