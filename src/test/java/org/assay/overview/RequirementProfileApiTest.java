package org.assay.overview;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.Clock;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.PortfolioFacts;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Requirement profiles: one per member, validated, private, and every portfolio supplier evaluated against it with reasons. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class RequirementProfileApiTest {

    static final String PROFILE = "minCurrentRating essentialIndicatorsMet noOverdueCriticalActions minMethod minDaysValid updatedAt";
    static final String CREATE = "mutation($in: RequirementProfileInput!) { createRequirementProfile(input: $in) { profile { " + PROFILE
            + " } userErrors { field code message } } }";
    static final String UPDATE = "mutation($in: RequirementProfileInput!) { updateRequirementProfile(input: $in) { profile { " + PROFILE
            + " } userErrors { field code message } } }";
    static final String CLEAR = "mutation { clearRequirementProfile { profile { " + PROFILE + " } userErrors { field code message } } }";
    static final String MINE = "{ myRequirementProfile { " + PROFILE + " } }";
    static final String ROWS = "query($f: PortfolioSupplierFilter) { portfolioSuppliers(first: 100, filter: $f) { nodes { name status "
            + "requirements { verdict reasons { code message } } } } }";
    static final String VERDICTS = "{ portfolioOverview { byRequirementVerdict { verdict suppliers } } }";

    @Inject
    AgroalDataSource db;

    @Inject
    Clock clock;

    @Test
    void createUpdateClearWithValidation() throws Exception {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Profile Keeper", "DE");
        Gql m = member.client();
        assertNull(m.post(MINE).assertNoErrors().get("data.myRequirementProfile"));

        Gql.Result empty = m.post(CREATE, vars("in", Map.of("essentialIndicatorsMet", false))).assertNoErrors();
        assertEquals(List.of("EMPTY_PROFILE"), empty.userErrorCodes("createRequirementProfile"));
        assertNull(empty.get("data.createRequirementProfile.profile"));
        Gql.Result range = m.post(CREATE, vars("in", Map.of("minDaysValid", 0))).assertNoErrors();
        assertEquals(List.of("OUT_OF_RANGE"), range.userErrorCodes("createRequirementProfile"));
        assertEquals("input.minDaysValid", range.userErrorFields("createRequirementProfile").get(0));
        assertEquals(List.of("OUT_OF_RANGE"), m.post(CREATE, vars("in", Map.of("minDaysValid", 1831))).userErrorCodes("createRequirementProfile"));
        assertEquals(List.of("NOT_FOUND"), m.post(UPDATE, vars("in", Map.of("minMethod", "DESK_REVIEW"))).userErrorCodes("updateRequirementProfile"));
        assertEquals(List.of("NOT_FOUND"), m.post(CLEAR).userErrorCodes("clearRequirementProfile"));
        assertEquals(0, count("select count(*) from requirement_profile where member_id = '" + member.organisationId() + "'"));

        Gql.Result created = m.post(CREATE, vars("in", Map.of("minCurrentRating", "A", "essentialIndicatorsMet", true,
                "noOverdueCriticalActions", true, "minMethod", "DESK_REVIEW", "minDaysValid", 90))).assertNoErrors();
        assertEquals(List.of(), created.userErrorCodes("createRequirementProfile"), created.raw());
        assertEquals("A", created.string("data.createRequirementProfile.profile.minCurrentRating"));
        assertEquals(90, created.<Integer>get("data.createRequirementProfile.profile.minDaysValid"));
        assertEquals(List.of("ALREADY_EXISTS"), m.post(CREATE, vars("in", Map.of("minCurrentRating", "AA"))).userErrorCodes("createRequirementProfile"));

        // Update replaces every criterion.
        Gql.Result updated = m.post(UPDATE, vars("in", Map.of("minMethod", "ON_SITE_AUDIT"))).assertNoErrors();
        assertEquals(List.of(), updated.userErrorCodes("updateRequirementProfile"), updated.raw());
        assertEquals(Map.of("minMethod", "ON_SITE_AUDIT", "essentialIndicatorsMet", false, "noOverdueCriticalActions", false),
                withoutNulls(m.post(MINE).assertNoErrors().get("data.myRequirementProfile")));
        assertEquals(List.of("EMPTY_PROFILE"), m.post(UPDATE, vars("in", Map.of())).userErrorCodes("updateRequirementProfile"));

        Gql.Result cleared = m.post(CLEAR).assertNoErrors();
        assertEquals(List.of(), cleared.userErrorCodes("clearRequirementProfile"));
        assertEquals("ON_SITE_AUDIT", cleared.string("data.clearRequirementProfile.profile.minMethod"), "the profile as it was");
        assertNull(m.post(MINE).assertNoErrors().get("data.myRequirementProfile"));
        assertEquals(3, count("select count(*) from audit_event where organisation_id = '" + member.organisationId()
                + "' and operation in ('createRequirementProfile', 'updateRequirementProfile', 'clearRequirementProfile')"),
                "successful changes are audited, refused ones are not");

        // Members only.
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Profile Supplier", "CD");
        for (Gql other : List.of(supplier.client(), Gql.rootOperator())) {
            other.post(MINE).assertErrorCode("forbidden");
            other.post(CREATE, vars("in", Map.of("minCurrentRating", "A"))).assertErrorCode("forbidden");
            other.post(CLEAR).assertErrorCode("forbidden");
            other.post(VERDICTS).assertErrorCode("forbidden");
            other.post(ROWS).assertErrorCode("forbidden");
        }
        Gql.anonymous().post(MINE).assertErrorCode("unauthorized");
        Gql.anonymous().post(ROWS).assertErrorCode("unauthorized");
    }

    @Test
    void everySupplierIsEvaluatedWithReasons() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        Gql.Result created = s.client().post(CREATE, vars("in", Map.of("minCurrentRating", "A", "essentialIndicatorsMet", true,
                "noOverdueCriticalActions", true, "minMethod", "DESK_REVIEW", "minDaysValid", 90))).assertNoErrors();
        assertEquals(List.of(), created.userErrorCodes("createRequirementProfile"), created.raw());

        Map<String, Map<String, Object>> rows = evaluations(s, Map.of());
        assertEquals("MEETS", verdict(rows, s.name("Alpha")));
        assertEquals(List.of(), reasons(rows, s.name("Alpha")));
        assertEquals("DOES_NOT_MEET", verdict(rows, s.name("Bravo")));
        assertEquals(List.of("VALIDITY_TOO_SHORT", "RATING_BELOW_MINIMUM", "OVERDUE_CRITICAL_ACTIONS", "METHOD_BELOW_MINIMUM"),
                reasons(rows, s.name("Bravo")));
        assertEquals(List.of("ASSESSMENT_EXPIRED", "RATING_BELOW_MINIMUM"), reasons(rows, s.name("Charlie")));
        assertEquals(List.of("NO_PUBLISHED_ASSESSMENT"), reasons(rows, s.name("Delta")));
        assertEquals(List.of("NO_PUBLISHED_ASSESSMENT"), reasons(rows, s.name("Echo")));
        for (String hidden : List.of("Foxtrot", "Golf", "Hotel")) {
            assertEquals("NOT_SHARED", verdict(rows, s.name(hidden)));
            assertEquals(List.of("NOT_SHARED"), reasons(rows, s.name(hidden)));
        }
        assertEquals(List.of("RATING_BELOW_MINIMUM", "ESSENTIAL_BELOW_FLOOR"), reasons(rows, s.name("India")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> india = (List<Map<String, Object>>) ((Map<String, Object>) rows.get(s.name("India")).get("requirements")).get("reasons");
        assertEquals("The current rating BBB is below your minimum of A.", india.get(0).get("message"));
        assertEquals("Essential indicator ENV-01 scored below the framework's essential floor.", india.get(1).get("message"));

        Gql.Result overview = s.client().post(VERDICTS).assertNoErrors();
        assertEquals(List.of(Map.of("verdict", "MEETS", "suppliers", 1), Map.of("verdict", "DOES_NOT_MEET", "suppliers", 5),
                Map.of("verdict", "NOT_SHARED", "suppliers", 3)), overview.get("data.portfolioOverview.byRequirementVerdict"));
        assertEquals(List.of(s.name("Alpha")), names(s, Map.of("requirementVerdict", "MEETS")));
        assertEquals(List.of(s.name("Foxtrot"), s.name("Golf"), s.name("Hotel")), names(s, Map.of("requirementVerdict", "NOT_SHARED")));
    }

    /** The SQL filter and the Java verdict agree, criterion by criterion. */
    @Test
    void theVerdictFilterAgreesWithTheEvaluation() {
        OverviewScenario s = OverviewScenario.create(new PortfolioFacts(db), clock.today());
        List<Map<String, Object>> profiles = List.of(
                Map.of("minCurrentRating", "BBB"), Map.of("minCurrentRating", "AA"), Map.of("minMethod", "ON_SITE_AUDIT"),
                Map.of("minMethod", "SELF_ASSESSMENT"), Map.of("minDaysValid", 200), Map.of("minDaysValid", 30),
                Map.of("essentialIndicatorsMet", true), Map.of("noOverdueCriticalActions", true),
                Map.of("minCurrentRating", "B", "minMethod", "DESK_REVIEW", "minDaysValid", 1));
        s.client().post(CREATE, vars("in", profiles.get(0))).assertNoErrors();
        for (Map<String, Object> profile : profiles) {
            assertEquals(List.of(), s.client().post(UPDATE, vars("in", profile)).userErrorCodes("updateRequirementProfile"));
            Map<String, Map<String, Object>> rows = evaluations(s, Map.of());
            for (String v : List.of("MEETS", "DOES_NOT_MEET", "NOT_SHARED")) {
                List<String> expected = rows.keySet().stream().filter(n -> v.equals(verdict(rows, n))).toList();
                assertEquals(expected, names(s, Map.of("requirementVerdict", v)), v + " with profile " + profile);
            }
        }
    }

    @Test
    void twoMembersHoldDifferentProfilesForTheSameSupplier() {
        PortfolioFacts facts = new PortfolioFacts(db);
        Fixtures.Party strict = Fixtures.party("MEMBER_FIRM", "Strict Buyer", "DE");
        Fixtures.Party lenient = Fixtures.party("MEMBER_FIRM", "Lenient Buyer", "FR");
        String tag = "Two" + UUID.randomUUID().toString().substring(0, 6);
        UUID supplier = facts.supplier(tag + " Shared Refinery", "CN");
        UUID legacy = facts.supplier(tag + " Legacy Smelter", "CN");
        facts.grant(supplier, "ALL_MEMBERS", null, "SUMMARY", null);
        facts.grant(legacy, "ALL_MEMBERS", null, "SUMMARY", null);
        facts.published(supplier).rating("A").method("DESK_REVIEW").validUntil(clock.today().plusDays(300)).save();
        facts.published(legacy).rating("AA").method("ON_SITE_AUDIT").validUntil(clock.today().plusDays(300)).essentialsBelowFloor(null).save();
        for (Fixtures.Party m : List.of(strict, lenient)) {
            facts.entry(UUID.fromString(m.organisationId()), supplier, null, null, null);
            facts.entry(UUID.fromString(m.organisationId()), legacy, null, null, null);
        }
        strict.client().post(CREATE, vars("in", Map.of("minCurrentRating", "AA", "essentialIndicatorsMet", true))).assertNoErrors();
        lenient.client().post(CREATE, vars("in", Map.of("minCurrentRating", "BBB"))).assertNoErrors();

        Map<String, Map<String, Object>> forStrict = evaluations(strict.client(), Map.of());
        Map<String, Map<String, Object>> forLenient = evaluations(lenient.client(), Map.of());
        assertEquals("DOES_NOT_MEET", verdict(forStrict, tag + " Shared Refinery"));
        assertEquals(List.of("RATING_BELOW_MINIMUM"), reasons(forStrict, tag + " Shared Refinery"));
        assertEquals(List.of("ESSENTIALS_NOT_RECORDED"), reasons(forStrict, tag + " Legacy Smelter"));
        assertEquals("MEETS", verdict(forLenient, tag + " Shared Refinery"));
        assertEquals("MEETS", verdict(forLenient, tag + " Legacy Smelter"));

        // Each sees its own profile only; changing one does not touch the other.
        assertEquals("AA", strict.client().post(MINE).assertNoErrors().string("data.myRequirementProfile.minCurrentRating"));
        assertEquals("BBB", lenient.client().post(MINE).assertNoErrors().string("data.myRequirementProfile.minCurrentRating"));
        lenient.client().post(CLEAR).assertNoErrors();
        assertEquals("AA", strict.client().post(MINE).assertNoErrors().string("data.myRequirementProfile.minCurrentRating"));
        assertNull(evaluations(lenient.client(), Map.of()).get(tag + " Shared Refinery").get("requirements"));
        assertEquals("DOES_NOT_MEET", verdict(evaluations(strict.client(), Map.of()), tag + " Shared Refinery"));
    }

    // ---- helpers ----

    private static Map<String, Map<String, Object>> evaluations(OverviewScenario s, Map<String, Object> filter) {
        return evaluations(s.client(), filter);
    }

    private static Map<String, Map<String, Object>> evaluations(Gql client, Map<String, Object> filter) {
        List<Map<String, Object>> nodes = client.post(ROWS, vars("f", filter)).assertNoErrors().get("data.portfolioSuppliers.nodes");
        Map<String, Map<String, Object>> m = new LinkedHashMap<>();
        nodes.forEach(n -> m.put((String) n.get("name"), n));
        return m;
    }

    @SuppressWarnings("unchecked")
    private static String verdict(Map<String, Map<String, Object>> rows, String name) {
        return (String) ((Map<String, Object>) rows.get(name).get("requirements")).get("verdict");
    }

    @SuppressWarnings("unchecked")
    private static List<String> reasons(Map<String, Map<String, Object>> rows, String name) {
        List<Map<String, Object>> r = (List<Map<String, Object>>) ((Map<String, Object>) rows.get(name).get("requirements")).get("reasons");
        return r.stream().map(x -> (String) x.get("code")).toList();
    }

    private static List<String> names(OverviewScenario s, Map<String, Object> filter) {
        return new ArrayList<>(evaluations(s, filter).keySet());
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> m) {
        Map<String, Object> out = new HashMap<>(m);
        out.values().removeIf(v -> v == null);
        out.remove("updatedAt");
        return out;
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
