package org.assay.overview;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /portfolio/export.csv: columns, RFC 4180 escaping, UTF-8 names, same filters, order and access rules as the list. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PortfolioExportTest {

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @Test
    void exportsTheListAsCsvWithEscapingAndUtf8() {
        PortfolioFacts facts = new PortfolioFacts(db);
        OverviewScenario s = OverviewScenario.create(facts, clock.today());
        UUID member = UUID.fromString(s.member().organisationId());
        String tricky = s.tag() + " Tenke, Fungurume \"Big\" Mining";
        String chinese = s.tag() + " 洛阳钼业 (CMOC)";
        UUID t = facts.supplier(tricky, "CD");
        UUID c = facts.supplier(chinese, "CN");
        facts.entry(member, t, "=SUM(A1:A9)", "Battery\nmetals", "OVER_10M");
        facts.entry(member, c, "CN-钴-1", "电池金属", null);
        facts.grant(c, "MEMBER", member, "SUMMARY", null);
        facts.published(c).rating("AA").overall("81.25").validUntil(clock.today().plusDays(500)).method("ON_SITE_AUDIT")
                .theme("ENV", "85.00").theme("GOV", "77.50").save();
        s.client().post("mutation { createRequirementProfile(input: {minCurrentRating: A}) { userErrors { code } } }").assertNoErrors();

        Response r = export(s.client(), "");
        assertEquals(200, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("text/csv"), r.contentType());
        assertTrue(r.contentType().toLowerCase().contains("charset=utf-8"), r.contentType());
        assertEquals("attachment; filename=\"portfolio-" + clock.today() + ".csv\"", r.header("Content-Disposition"));
        assertEquals("private, no-store", r.header("Cache-Control"));
        byte[] bytes = r.asByteArray();
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3), "UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertTrue(text.contains("\"" + s.tag() + " Tenke, Fungurume \"\"Big\"\" Mining\""), "comma and quotes: quoted, quotes doubled");
        assertTrue(text.contains("\"Battery\nmetals\""), "a line break inside a field is quoted");
        assertTrue(text.contains(s.tag() + " 洛阳钼业 (CMOC)"), "Chinese names preserved");

        List<List<String>> records = parse(text);
        assertEquals(PortfolioCsv.HEADER, records.get(0));
        Map<String, Map<String, String>> rows = byName(records);
        assertEquals(11, rows.size(), "every supplier of the portfolio, across several chunks of 7");
        List<String> expectedOrder = new ArrayList<>(OverviewScenario.NAMES.stream().map(s::name).toList());
        expectedOrder.add(tricky);
        expectedOrder.add(chinese);
        expectedOrder.sort(String.CASE_INSENSITIVE_ORDER);
        assertEquals(expectedOrder.stream().sorted((a, b) -> a.toLowerCase().compareTo(b.toLowerCase())).toList(), new ArrayList<>(rows.keySet()));

        Map<String, String> cmoc = rows.get(chinese);
        assertEquals(c.toString(), cmoc.get("supplier_id"));
        assertEquals("CN", cmoc.get("supplier_country"));
        assertEquals("CN-钴-1", cmoc.get("internal_id"));
        assertEquals("电池金属", cmoc.get("category"));
        assertEquals("", cmoc.get("spend_band"));
        assertEquals("SUMMARY", cmoc.get("access"));
        assertEquals("RATED", cmoc.get("status"));
        assertEquals("AA", cmoc.get("current_rating"));
        assertEquals("AA", cmoc.get("published_rating"));
        assertEquals("81.25", cmoc.get("overall_score"));
        assertEquals("ENV=85.00; GOV=77.50", cmoc.get("theme_scores"));
        assertEquals(clock.today().plusDays(500).toString(), cmoc.get("valid_until"));
        assertEquals("ON_SITE_AUDIT", cmoc.get("method"));
        assertEquals("0", cmoc.get("overdue_total"));
        assertEquals("MEETS", cmoc.get("requirement_verdict"));
        assertEquals("", cmoc.get("requirement_reasons"));

        Map<String, String> bravo = rows.get(s.name("Bravo"));
        assertEquals("EXPIRING", bravo.get("status"));
        assertEquals("1", bravo.get("overdue_critical"));
        assertEquals("1", bravo.get("overdue_major"));
        assertEquals("0", bravo.get("overdue_minor"));
        assertEquals("1", bravo.get("open_minor"));
        assertEquals("2", bravo.get("overdue_total"));
        assertEquals("DOES_NOT_MEET", bravo.get("requirement_verdict"));
        assertEquals("RATING_BELOW_MINIMUM: The current rating B is below your minimum of A.", bravo.get("requirement_reasons"));

        Map<String, String> tenke = rows.get(tricky);
        assertEquals("'=SUM(A1:A9)", tenke.get("internal_id"), "formula defused");
        assertEquals("Battery\nmetals", tenke.get("category"));
        assertEquals("NOT_SHARED", tenke.get("status"));

        // NOT_SHARED suppliers: the member's own entry only, every result column empty.
        Map<String, String> foxtrot = rows.get(s.name("Foxtrot"));
        assertEquals("NOT_SHARED", foxtrot.get("access"));
        assertEquals("F-6", foxtrot.get("internal_id"));
        for (String col : List.of("current_rating", "published_rating", "overall_score", "theme_scores", "valid_until", "method", "assessment_id",
                "open_critical", "overdue_critical", "overdue_total")) {
            assertEquals("", foxtrot.get(col), "Foxtrot " + col + " must be empty");
        }
        assertEquals("NOT_SHARED", foxtrot.get("requirement_verdict"));
    }

    @Test
    void sameFiltersAndOrderAsTheList() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        assertEquals(List.of(s.name("Bravo"), s.name("Charlie"), s.name("India"), s.name("Alpha"), s.name("Delta"), s.name("Echo"),
                s.name("Foxtrot"), s.name("Golf"), s.name("Hotel")), names(export(s.client(), "?sort=RATING_WORST_FIRST")));
        assertEquals(List.of(s.name("Bravo"), s.name("Charlie")), names(export(s.client(), "?status=EXPIRING&status=EXPIRED")));
        assertEquals(List.of(s.name("Bravo"), s.name("Charlie")), names(export(s.client(), "?status=EXPIRING,EXPIRED")));
        assertEquals(List.of(s.name("Bravo")), names(export(s.client(), "?category=battery&ratingAtOrBelow=BBB&country=CD")));
        assertEquals(List.of(s.name("Alpha"), s.name("Foxtrot")), names(export(s.client(), "?mineral=cobalt&inCahra=true")));
        assertEquals(List.of(s.name("Bravo")), names(export(s.client(), "?hasOverdueCriticalActions=true&expiringWithinDays=60")));
        assertEquals(List.of(s.name("India"), s.name("Hotel")), names(export(s.client(), "?spendBand=FROM_100K_TO_1M&sort=VALID_UNTIL_SOONEST_FIRST")));
        assertEquals(List.of(s.name("Golf")), names(export(s.client(), "?internalId=G-7")));
        // The GraphQL list gives the same order.
        List<String> listed = s.client().post("query { portfolioSuppliers(first: 100, sort: OVERDUE_MOST_FIRST) { nodes { name } } }")
                .assertNoErrors().get("data.portfolioSuppliers.nodes.name");
        assertEquals(listed, names(export(s.client(), "?sort=OVERDUE_MOST_FIRST")));
        // Empty result: the header only.
        Response none = export(s.client(), "?internalId=nothing-like-this");
        assertEquals(200, none.statusCode());
        assertEquals(1, parse(new String(none.asByteArray(), StandardCharsets.UTF_8).substring(1)).size());
    }

    @Test
    void membersOnlyAndBadParametersAre400() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        assertEquals(401, given().get("/portfolio/export.csv").statusCode());
        assertEquals(401, given().auth().oauth2("not-a-token").get("/portfolio/export.csv").statusCode());
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Export Supplier", "CD");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Export Auditor", "GB");
        Fixtures.Party operator = Fixtures.party("OPERATOR", "Export Operator", "CH");
        for (Gql other : List.of(supplier.client(), assessor.client(), operator.client(), Gql.as("nobody-" + UUID.randomUUID()))) {
            Response r = export(other, "");
            assertEquals(403, r.statusCode(), r.asString());
            assertTrue(r.contentType().startsWith("application/json"));
        }
        assertEquals("forbidden", export(supplier.client(), "").jsonPath().getString("code"));
        assertEquals("NOT_A_MEMBER", export(Gql.as("nobody-" + UUID.randomUUID()), "").jsonPath().getString("code"));

        for (String bad : List.of("?sort=SIZE", "?status=GONE", "?ratingAtOrBelow=Z", "?expiringWithinDays=soon", "?inCahra=maybe",
                "?country=Congo", "?expiringWithinDays=-5", "?requirementVerdict=MEETS")) {
            Response r = export(s.client(), bad);
            assertEquals(400, r.statusCode(), bad + ": " + r.asString());
            assertEquals("INVALID_ARGUMENT", r.jsonPath().getString("code"), bad);
        }
        // Another member's export never shows this member's portfolio.
        Fixtures.Party stranger = Fixtures.party("MEMBER_FIRM", "Export Stranger", "FR");
        Response theirs = export(stranger.client(), "");
        assertEquals(200, theirs.statusCode());
        assertTrue(!theirs.asString().contains(s.tag()));
        assertEquals(1, parse(new String(theirs.asByteArray(), StandardCharsets.UTF_8).substring(1)).size());
    }

    // ---- helpers ----

    private static Response export(Gql client, String query) {
        var spec = given();
        if (client.token() != null) spec = spec.auth().oauth2(client.token());
        return spec.get("/portfolio/export.csv" + query);
    }

    private static List<String> names(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        String text = new String(r.asByteArray(), StandardCharsets.UTF_8).substring(1);
        return new ArrayList<>(byName(parse(text)).keySet());
    }

    private static Map<String, Map<String, String>> byName(List<List<String>> records) {
        List<String> header = records.get(0);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (List<String> rec : records.subList(1, records.size())) {
            assertEquals(header.size(), rec.size(), "every record has every column: " + rec);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) row.put(header.get(i), rec.get(i));
            rows.put(row.get("supplier_name"), row);
        }
        return rows;
    }

    /** A strict RFC 4180 reader: CRLF record ends, quoted fields with doubled quotes (and line breaks inside). */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                if (ch == '"') {
                    quoted = false;
                    i++;
                    continue;
                }
                field.append(ch);
                i++;
                continue;
            }
            if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else if (ch == '"' || ch == '\n' || ch == '\r') {
                throw new AssertionError("not RFC 4180 at " + i + ": " + text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)));
            } else {
                field.append(ch);
            }
            i++;
        }
        assertTrue(record.isEmpty() && field.isEmpty(), "the last record ends with CRLF");
        return records;
    }
}
