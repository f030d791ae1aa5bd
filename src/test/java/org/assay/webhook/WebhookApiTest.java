package org.assay.webhook;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Managing webhook endpoints through the API, as each kind of caller: admins of the owner, its other people, other organisations. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class WebhookApiTest {

    static final String REGISTER = WebhookDeliveryTest.REGISTER;
    static final String LIST = "{ webhookEndpoints(first: 100) { nodes { id url description status createdAt } pageInfo { hasNextPage endCursor } } }";
    static final String NODE = "query($id: ID!) { node(id: $id) { id ... on WebhookEndpoint { url status } } }";
    static final String PAUSE = "mutation($in: WebhookEndpointRefInput!) { pauseWebhookEndpoint(input: $in) { endpoint { id status } userErrors { field code } } }";
    static final String RESUME = "mutation($in: WebhookEndpointRefInput!) { resumeWebhookEndpoint(input: $in) { endpoint { id status } userErrors { field code } } }";
    static final String DELETE = "mutation($in: WebhookEndpointRefInput!) { deleteWebhookEndpoint(input: $in) { endpoint { id } userErrors { field code } } }";
    static final String ROTATE = "mutation($in: WebhookEndpointRefInput!) { rotateWebhookSecret(input: $in) { secret endpoint { id } userErrors { field code } } }";

    private static Map<String, Object> in(String url) {
        return vars("in", Map.of("url", url, "description", "Supplier ratings into our ERP"));
    }

    @Test
    void anAdminRegistersListsPausesResumesRotatesAndDeletes() {
        Fixtures.Party buyer = Fixtures.party("MEMBER_FIRM", "Hook Buyer", "DE");
        Gql.Result r = buyer.client().post(REGISTER, in("https://hooks.buyer.example/assay")).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("registerWebhookEndpoint"), r.raw());
        String id = r.string("data.registerWebhookEndpoint.endpoint.id");
        String secret = r.string("data.registerWebhookEndpoint.secret");
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        assertEquals("ACTIVE", r.string("data.registerWebhookEndpoint.endpoint.status"));

        Gql.Result list = buyer.client().post(LIST).assertNoErrors();
        assertEquals(List.of(id), list.json().getList("data.webhookEndpoints.nodes.id"));
        assertEquals("Supplier ratings into our ERP", list.string("data.webhookEndpoints.nodes[0].description"));
        assertFalse(list.raw().contains(secret.substring(6)), "the secret is shown once only");
        assertEquals("https://hooks.buyer.example/assay", buyer.client().post(NODE, vars("id", id)).assertNoErrors().string("data.node.url"));

        Map<String, Object> ref = vars("in", Map.of("endpointId", id));
        assertEquals("PAUSED", buyer.client().post(PAUSE, ref).assertNoErrors().string("data.pauseWebhookEndpoint.endpoint.status"));
        assertEquals(List.of("ALREADY_PAUSED"), buyer.client().post(PAUSE, ref).assertNoErrors().userErrorCodes("pauseWebhookEndpoint"));
        assertEquals("ACTIVE", buyer.client().post(RESUME, ref).assertNoErrors().string("data.resumeWebhookEndpoint.endpoint.status"));
        assertEquals(List.of("ALREADY_ACTIVE"), buyer.client().post(RESUME, ref).assertNoErrors().userErrorCodes("resumeWebhookEndpoint"));
        String rotated = buyer.client().post(ROTATE, ref).assertNoErrors().string("data.rotateWebhookSecret.secret");
        assertTrue(rotated.startsWith("whsec_") && !rotated.equals(secret));

        assertEquals(id, buyer.client().post(DELETE, ref).assertNoErrors().string("data.deleteWebhookEndpoint.endpoint.id"));
        assertEquals(List.of(), buyer.client().post(LIST).assertNoErrors().json().getList("data.webhookEndpoints.nodes"));
        buyer.client().post(NODE, vars("id", id)).assertErrorCode("NOT_FOUND");
        assertEquals(List.of("NOT_FOUND"), buyer.client().post(DELETE, ref).assertNoErrors().userErrorCodes("deleteWebhookEndpoint"));
    }

    @Test
    void everyKindOfOrganisationHasWebhooksAndThePagesFollowOneAnother() {
        for (String kind : List.of("SUPPLIER", "ASSESSMENT_BODY", "OPERATOR")) {
            Fixtures.Party p = Fixtures.party(kind, "Hook " + kind, "GB");
            assertEquals(List.of(), p.client().post(REGISTER, in("https://hooks.example.org/" + kind)).assertNoErrors()
                    .userErrorCodes("registerWebhookEndpoint"));
        }
        Fixtures.Party buyer = Fixtures.party("MEMBER_FIRM", "Hook Pager", "DE");
        for (int i = 0; i < 3; i++) {
            buyer.client().post(REGISTER, in("https://hooks.example.org/" + i)).assertNoErrors();
        }
        Gql.Result first = buyer.client().post("{ webhookEndpoints(first: 2) { nodes { url } pageInfo { hasNextPage endCursor } } }").assertNoErrors();
        assertEquals(List.of("https://hooks.example.org/0", "https://hooks.example.org/1"), first.json().getList("data.webhookEndpoints.nodes.url"));
        assertEquals(true, first.get("data.webhookEndpoints.pageInfo.hasNextPage"));
        Gql.Result next = buyer.client().post("query($a: String) { webhookEndpoints(first: 2, after: $a) { nodes { url } pageInfo { hasNextPage } } }",
                vars("a", first.string("data.webhookEndpoints.pageInfo.endCursor"))).assertNoErrors();
        assertEquals(List.of("https://hooks.example.org/2"), next.json().getList("data.webhookEndpoints.nodes.url"));
        buyer.client().post("{ webhookEndpoints(first: 101) { nodes { id } } }").assertErrorCode("INVALID_ARGUMENT");
        buyer.client().post("{ webhookEndpoints(after: \"bm9wZQ\") { nodes { id } } }").assertErrorCode("INVALID_ARGUMENT");
    }

    @Test
    void badUrlsAreTypedUserErrorsAndNothingIsWritten() {
        Fixtures.Party buyer = Fixtures.party("MEMBER_FIRM", "Hook Careful", "DE");
        Map<String, String> cases = Map.of(
                "http://hooks.example.org/x", "HTTPS_REQUIRED",
                "https://10.0.0.5/x", "FORBIDDEN_TARGET",
                "https://169.254.169.254/latest/meta-data", "FORBIDDEN_TARGET",
                "https://[fd00::1]/x", "FORBIDDEN_TARGET",
                "ftp://hooks.example.org/x", "INVALID_URL",
                "https://user:pw@hooks.example.org/x", "INVALID_URL",
                "not a url", "INVALID_URL",
                " ", "REQUIRED",
                "https://hooks.example.org/" + "x".repeat(2000), "TOO_LONG");
        for (var c : cases.entrySet()) {
            Gql.Result r = buyer.client().post(REGISTER, in(c.getKey())).assertNoErrors();
            assertEquals(List.of(c.getValue()), r.userErrorCodes("registerWebhookEndpoint"), c.getKey() + " → " + r.raw());
            assertEquals(List.of("input.url"), r.userErrorFields("registerWebhookEndpoint"));
            assertNull(r.get("data.registerWebhookEndpoint.secret"));
        }
        Gql.Result longDescription = buyer.client().post(REGISTER, vars("in", Map.of("url", "https://hooks.example.org/d",
                "description", "d".repeat(501)))).assertNoErrors();
        assertEquals(List.of("TOO_LONG"), longDescription.userErrorCodes("registerWebhookEndpoint"));
        assertEquals(List.of(), buyer.client().post(LIST).assertNoErrors().json().getList("data.webhookEndpoints.nodes"));
    }

    @Test
    void anotherOrganisationsEndpointAnswersLikeAnUnknownOneAndPeopleWhoAreNotAdminsAreRefused() {
        Fixtures.Party owner = Fixtures.party("MEMBER_FIRM", "Hook Owner", "DE");
        Fixtures.Party other = Fixtures.party("MEMBER_FIRM", "Hook Other", "FR");
        String id = owner.client().post(REGISTER, in("https://hooks.owner.example/assay")).assertNoErrors()
                .string("data.registerWebhookEndpoint.endpoint.id");
        Map<String, Object> ref = vars("in", Map.of("endpointId", id));
        Map<String, Object> unknown = vars("in", Map.of("endpointId", org.assay.webhook.api.WebhookEndpointView.TYPE.id(UUID.randomUUID())));

        // the admin of another organisation: exactly as for an unknown id
        other.client().post(NODE, vars("id", id)).assertErrorCode("NOT_FOUND");
        assertEquals(List.of(), other.client().post(LIST).assertNoErrors().json().getList("data.webhookEndpoints.nodes"));
        for (String m : List.of(PAUSE, RESUME, DELETE, ROTATE)) {
            Gql.Result theirs = other.client().post(m, ref).assertNoErrors();
            Gql.Result none = other.client().post(m, unknown).assertNoErrors();
            String root = m.replaceAll("(?s).*\\{ (\\w+)\\(input.*", "$1");
            assertEquals(List.of("NOT_FOUND"), theirs.userErrorCodes(root), theirs.raw());
            assertEquals(none.userErrorCodes(root), theirs.userErrorCodes(root));
        }
        Gql.Result redeliver = other.client().post("mutation($in: RedeliverEventInput!) { redeliverEvent(input: $in) { userErrors { field code } } }",
                vars("in", Map.of("endpointId", id, "eventId", UUID.randomUUID().toString()))).assertNoErrors();
        assertEquals(List.of("NOT_FOUND"), redeliver.userErrorCodes("redeliverEvent"));
        assertEquals(List.of("input.endpointId"), redeliver.userErrorFields("redeliverEvent"));
        // the operator does not see other organisations' endpoints either
        Gql.rootOperator().post(NODE, vars("id", id)).assertErrorCode("NOT_FOUND");

        // a person of the owner who is not an admin: refused, and does not see the endpoint
        String subject = "hook-clerk-" + UUID.randomUUID();
        Fixtures.addPerson(owner.organisationId(), subject, false);
        Gql clerk = Gql.as(subject);
        clerk.post(LIST).assertErrorCode("forbidden");
        clerk.post(REGISTER, in("https://hooks.owner.example/clerk")).assertErrorCode("forbidden");
        clerk.post(PAUSE, ref).assertErrorCode("forbidden");
        clerk.post(NODE, vars("id", id)).assertErrorCode("NOT_FOUND");
        assertEquals("ACTIVE", owner.client().post(NODE, vars("id", id)).assertNoErrors().string("data.node.status"));

        // no membership, no token
        Gql.as("hook-stranger-" + UUID.randomUUID()).post(LIST).assertErrorCode("NOT_A_MEMBER");
        Gql.anonymous().post(LIST).assertErrorCode("unauthorized");
        Gql.anonymous().post(REGISTER, in("https://hooks.owner.example/anon")).assertErrorCode("unauthorized");
        // a malformed id is a typed error
        Gql.Result bad = owner.client().post(PAUSE, vars("in", Map.of("endpointId", "nope"))).assertNoErrors();
        assertEquals(List.of("INVALID_ID"), bad.userErrorCodes("pauseWebhookEndpoint"));
    }
}
