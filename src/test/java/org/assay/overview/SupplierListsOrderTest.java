package org.assay.overview;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One name order for every list of organisations (issue 17, "one home per rule"): the supplier directory, the portfolio
 * and the portfolio overview list page the same suppliers in the same order — the lower-cased name in code-point order
 * (ucs_basic), then the id — with names whose case mappings and collations differ, paged two at a time so every cursor
 * is crossed.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SupplierListsOrderTest {

    static final List<String> NAMES = List.of("alpha", "Zeta", "émile", "Emile", "Äb", "ab", "İz", "iz", "Straße", "STRASSE",
            "_x", "Mu", "mu", "Ørsted", "zz");

    @Inject
    AgroalDataSource db;

    @Test
    void directoryPortfolioAndOverviewShareOneOrder() throws Exception {
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Name Order Buyer", "DE");
        UUID m = UUID.fromString(member.organisationId());
        String tag = "No" + UUID.randomUUID().toString().substring(0, 6);
        for (String n : NAMES) {
            facts.entry(m, facts.supplier(tag + " " + n, "CD"), null, null, null);
        }
        List<String> expected = databaseOrder(tag);
        assertEquals(NAMES.size(), expected.size());

        List<String> directory = pages(member.client(), """
                query($a: String, $p: String) { supplierDirectory(first: 2, after: $a, search: {namePrefix: $p}) {
                  nodes { name } pageInfo { hasNextPage endCursor } } }""", "supplierDirectory", "name", tag);
        List<String> portfolio = pages(member.client(), """
                query($a: String, $p: String) { portfolio(first: 2, after: $a, filter: {namePrefix: $p}) {
                  nodes { supplier { name } } pageInfo { hasNextPage endCursor } } }""", "portfolio", "supplier.name", tag);
        List<String> overview = pages(member.client(), """
                query($a: String, $p: String) { portfolioSuppliers(first: 2, after: $a, filter: {namePrefix: $p}) {
                  nodes { name } pageInfo { hasNextPage endCursor } } }""", "portfolioSuppliers", "name", tag);

        assertEquals(expected, directory, "supplierDirectory");
        assertEquals(expected, portfolio, "portfolio");
        assertEquals(expected, overview, "portfolioSuppliers");
    }

    private static List<String> pages(Gql client, String query, String field, String name, String tag) {
        List<String> names = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 20; page++) {
            Gql.Result r = client.post(query, vars("a", after, "p", tag)).assertNoErrors();
            names.addAll(r.<List<String>>get("data." + field + ".nodes." + name));
            if (!r.<Boolean>get("data." + field + ".pageInfo.hasNextPage")) {
                return names;
            }
            after = r.string("data." + field + ".pageInfo.endCursor");
        }
        throw new AssertionError(field + " did not end after 20 pages: " + names);
    }

    /** The order as the database defines it: lower(name) in ucs_basic, then id. */
    private List<String> databaseOrder(String tag) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select name from organisation where name like ? order by lower(name) collate \"ucs_basic\", id")) {
            ps.setString(1, tag + " %");
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) names.add(rs.getString(1));
            }
            return names;
        }
    }
}
