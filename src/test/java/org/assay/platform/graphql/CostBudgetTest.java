package org.assay.platform.graphql;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.RawHttp;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-organisation hourly cost budget, and what a response says about it. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class CostBudgetTest {

    @Inject
    CostBudget budget;

    @Inject
    GraphQLLimits limits;

    @Test
    void everyResponseCarriesTheCostAndTheRemainingBudget() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Budget Buyer", "DE");
        Gql.Result first = member.client().post("{ supplierDirectory(first: 100) { nodes { id name } } }").assertNoErrors();
        Map<String, Object> cost = first.get("extensions.cost");
        assertTrue(((Number) cost.get("requestedPoints")).intValue() >= 1, first.raw());
        assertEquals(limits.pointsPerHour(), ((Number) cost.get("limit")).intValue());
        int remaining = ((Number) cost.get("remaining")).intValue();
        Gql.Result second = member.client().post("{ me { role } }").assertNoErrors();
        assertEquals(remaining - 1, ((Number) second.<Map<String, Object>>get("extensions.cost").get("remaining")).intValue(), second.raw());
    }

    @Test
    void anExhaustedBudgetAnswers429WithRetryAfterAndRunsNothing() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Spent Buyer", "DE");
        Gql.Result me = member.client().post("{ me { role } }").assertNoErrors();
        int remaining = ((Number) me.<Map<String, Object>>get("extensions.cost").get("remaining")).intValue();
        assertTrue(budget.charge("organisation:" + member.organisationId(), remaining).granted());
        assertFalse(budget.charge("organisation:" + member.organisationId(), 1).granted(), "no overdraft");
        RawHttp.Reply r = RawHttp.postGraphQL("{\"query\":\"{ me { role } }\"}", "Content-Type", "application/json",
                "Authorization", "Bearer " + member.client().token());
        assertEquals(429, r.status(), r.body());
        assertTrue(r.headers().firstValue("retry-after").isPresent());
        JsonObject body = new JsonObject(r.body());
        assertFalse(body.containsKey("data"), r.body());
        assertEquals("RATE_LIMITED", body.getJsonArray("errors").getJsonObject(0).getJsonObject("extensions").getString("code"));
        assertEquals(0, body.getJsonObject("extensions").getJsonObject("cost").getInteger("remaining"));
        // Other organisations are not affected.
        Fixtures.party("MEMBER_FIRM", "Other Buyer", "DE").client().post("{ me { role } }").assertNoErrors();
    }

    /** Costs are measured once per parsed query and variables (issue 16): the variables still decide the cost. */
    @Test
    void aRepeatedQueryCostsTheSameAndItsVariablesStillCount() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Repeat Buyer", "DE");
        String q = "query($n: Int) { supplierDirectory(first: $n) { nodes { id name country } } }";
        int hundred = points(member.client().post(q, Gql.vars("n", 100)).assertNoErrors());
        int one = points(member.client().post(q, Gql.vars("n", 1)).assertNoErrors());
        assertTrue(one < hundred, one + " vs " + hundred);
        for (int i = 0; i < 3; i++) {
            assertEquals(hundred, points(member.client().post(q, Gql.vars("n", 100)).assertNoErrors()));
            assertEquals(one, points(member.client().post(q, Gql.vars("n", 1)).assertNoErrors()));
        }
        // the same text with a fragment is a different document: measured on its own, fragments expanded
        assertEquals(hundred, points(member.client().post(
                "query($n: Int) { supplierDirectory(first: $n) { nodes { ...F } } } fragment F on SupplierPublicProfile { id name country }",
                Gql.vars("n", 100)).assertNoErrors()));
    }

    private static int points(Gql.Result r) {
        return ((Number) r.<Map<String, Object>>get("extensions.cost").get("requestedPoints")).intValue();
    }
}
