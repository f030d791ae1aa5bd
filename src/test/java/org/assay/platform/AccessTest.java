package org.assay.platform;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who you are is decided on the server; deny by default; API limits. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AccessTest {

    @Test
    void anonymousIsUnauthorizedEverywhere() {
        Gql anon = Gql.anonymous();
        anon.post("{ me { subject } }").assertErrorCode("unauthorized");
        anon.post("{ myOrganisation { id } }").assertErrorCode("unauthorized");
        anon.post("{ supplierDirectory { nodes { id } } }").assertErrorCode("unauthorized");
        anon.post("{ auditEvents { nodes { seq } } }").assertErrorCode("unauthorized");
        Gql.Result r = anon.post("""
                mutation { admitOrganisation(input: {kind: SUPPLIER, name: "X", country: "CD", identifiers: {duns: "123456789"}}) {
                  organisation { id } } }""");
        r.assertErrorCode("unauthorized");
        assertNull(r.get("data.admitOrganisation"));
    }

    @Test
    void signedInPersonWithoutMembershipGetsNotAMemberExceptOnMe() {
        Gql stranger = Gql.as("stranger-" + System.nanoTime());
        Gql.Result me = stranger.post("{ me { subject member role organisation { id } } }").assertNoErrors();
        assertFalse(me.<Boolean>get("data.me.member"));
        assertNull(me.get("data.me.role"));
        assertNull(me.get("data.me.organisation"));

        Gql.Result r = stranger.post("{ myOrganisation { id } }");
        r.assertErrorCode("NOT_A_MEMBER");
        assertTrue(r.errors().get(0).get("message").toString().contains("not a member"));
        stranger.post("{ supplierDirectory { nodes { id } } }").assertErrorCode("NOT_A_MEMBER");
        stranger.post("""
                mutation { addPerson(input: {subject: "someone"}) { person { id } } }""").assertErrorCode("NOT_A_MEMBER");
    }

    @Test
    void idpRolesDoNotMakeAMember() {
        // A token claiming "member" or "supplier" roles changes nothing: only membership records count.
        Gql.as("claims-roles-" + System.nanoTime(), "MEMBER", "SUPPLIER", "OPERATOR")
                .post("{ myOrganisation { id } }").assertErrorCode("NOT_A_MEMBER");
    }

    @Test
    void roleFollowsOrganisationKind() {
        for (String[] kindRole : new String[][]{{"MEMBER_FIRM", "MEMBER"}, {"SUPPLIER", "SUPPLIER"},
                {"ASSESSMENT_BODY", "ASSESSOR"}, {"OPERATOR", "OPERATOR"}}) {
            Fixtures.Party p = Fixtures.party(kindRole[0], "Role check", "DE");
            Gql.Result me = p.client().post("{ me { member role admin organisation { id kind } } }").assertNoErrors();
            assertEquals(kindRole[1], me.string("data.me.role"));
            assertEquals(p.organisationNodeId(), me.string("data.me.organisation.id"));
            assertEquals(kindRole[0], me.string("data.me.organisation.kind"));
        }
    }

    @Test
    void bootstrapOperatorRoleFromTheIdp() {
        Gql.Result me = Gql.rootOperator().post("{ me { member role } }").assertNoErrors();
        assertEquals("OPERATOR", me.string("data.me.role"));
    }

    @Test
    void overDeepQueryIsRefused() {
        String deep = "{ __schema { types { fields { type { " + "ofType { ".repeat(18) + "name" + " }".repeat(18) + " } } } } }";
        Gql.Result r = Gql.rootOperator().post(deep);
        assertFalse(r.errors().isEmpty(), r.raw());
        assertNull(r.get("data"), r.raw());
        assertTrue(r.raw().toLowerCase().contains("depth"), r.raw());
    }

    @Test
    void overDeepQueryIsRefusedAgainWhenItsDocumentIsReused() {
        // The second request reuses the parsed document (GraphQLExecution.ValidDocuments); the limit still applies.
        String deep = "{ __schema { queryType { fields { type { " + "ofType { ".repeat(18) + "name" + " }".repeat(18) + " } } } } }";
        for (int i = 0; i < 2; i++) {
            Gql.Result r = Gql.rootOperator().post(deep);
            assertNull(r.get("data"), r.raw());
            assertTrue(r.raw().toLowerCase().contains("depth"), r.raw());
        }
    }

    @Test
    void overComplexQueryIsRefused() {
        StringBuilder q = new StringBuilder("{");
        for (int i = 0; i < 600; i++) {
            q.append(" a").append(i).append(": me { role }");
        }
        Gql.Result r = Gql.rootOperator().post(q.append(" }").toString());
        assertFalse(r.errors().isEmpty(), r.raw());
        assertNull(r.get("data"), r.raw());
        assertTrue(r.errorCodes().contains("TOO_MANY_ALIASES"), r.raw());
        // Under the limit, the same shape runs.
        Gql.rootOperator().post("{ a0: me { role } a1: me { role } }").assertNoErrors();
    }

    @Test
    void pageSizeIsCapped() {
        Gql.rootOperator().post("{ organisations(first: 101) { nodes { id } } }").assertErrorCode("INVALID_ARGUMENT");
        Gql.rootOperator().post("{ organisations(first: 0) { nodes { id } } }").assertErrorCode("INVALID_ARGUMENT");
        Gql.rootOperator().post("{ organisations(first: 100) { nodes { id } } }").assertNoErrors();
        Gql.rootOperator().post("{ organisations(after: \"%%%\") { nodes { id } } }").assertErrorCode("INVALID_ARGUMENT");
    }
}
