package org.assay.organisation;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.GlobalId;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organisation as the exemplar of the graph conventions (docs/architecture.md): typed user errors, a Node with global
 * ids under the same rule as {@code organisation(id:)}, legacy raw ids still accepted as input. Grouped by the
 * invariant each test protects; each reads given / when / then.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class OrganisationGraphTest {

    static final String NODE = "query($id: ID!) { node(id: $id) { __typename id ... on Organisation { name status } } }";
    static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Organisation { name } } }";
    static final String SUSPEND = """
            mutation($in: OrganisationRefInput!) { suspendOrganisation(input: $in) {
              organisation { id status } userErrors { __typename field code message ... on DisplayableError { message } } } }""";

    @Inject
    SessionFactory sessionFactory;

    /** Input problems come back as OrganisationUserError: a path list, an OrganisationErrorCode, a message. */
    @Nested
    class TypedUserErrors {

        @Test
        void aRefusedMutationAnswersWithTheFeaturesErrorTypeAndEnumCode() {
            // given an operator organisation, which cannot be suspended
            String operator = Fixtures.admitNode("OPERATOR", Fixtures.unique("Typed Errors Operator"), "CH");
            // when the operator tries to
            Gql.Result r = Gql.rootOperator().post(SUSPEND, vars("in", Map.of("organisationId", operator))).assertNoErrors();
            // then the payload has no organisation and one typed user error
            assertNull(r.get("data.suspendOrganisation.organisation"));
            assertEquals(List.of(Map.of("__typename", "OrganisationUserError", "field", List.of("input", "organisationId"),
                            "code", "CANNOT_SUSPEND_OPERATOR", "message", "The operator organisation cannot be suspended")),
                    r.get("data.suspendOrganisation.userErrors"));
        }

        @Test
        void everyCodeOfThePayloadIsAConstantOfTheFeatureEnum() {
            // given the enum as the schema exposes it
            List<String> codes = Gql.rootOperator().post("{ __type(name: \"OrganisationErrorCode\") { enumValues { name } } }")
                    .assertNoErrors().json().getList("data.__type.enumValues.name");
            // then it holds the feature's codes and the platform's input codes
            assertTrue(codes.containsAll(List.of("REQUIRED", "TOO_LONG", "INVALID_ID", "NOT_FOUND", "INVALID",
                    "INVALID_LEI", "DUPLICATE", "ALREADY_SUSPENDED", "CANNOT_SUSPEND_OPERATOR")), codes.toString());
            // and an unknown id is reported with its constant
            Gql.Result r = Gql.rootOperator().post(SUSPEND, vars("in", Map.of("organisationId", UUID.randomUUID().toString()))).assertNoErrors();
            assertEquals(List.of("NOT_FOUND"), r.userErrorCodes("suspendOrganisation"));
        }
    }

    /** node(id:) answers exactly like organisation(id:): an organisation you may not see is null with NOT_FOUND, like an unknown id. */
    @Nested
    class NodeFollowsTheDirectQueryRule {

        @Test
        void peopleFetchTheirOwnOrganisationByGlobalIdAndNothingElse() {
            // given two organisations
            Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Node Buyer", "FR");
            Fixtures.Party b = Fixtures.party("SUPPLIER", "Node Supplier", "CD");
            // when each asks for its own and the other's
            Gql.Result own = a.client().post(NODE, vars("id", a.organisationNodeId())).assertNoErrors();
            System.out.println("[debug] " + own.raw());
            Gql.Result other = a.client().post(NODE, vars("id", b.organisationNodeId()));
            Gql.Result unknown = a.client().post(NODE, vars("id", new GlobalId("Organisation", UUID.randomUUID()).encode()));
            // then its own comes back in full, the other one exactly like an unknown id
            assertEquals("Organisation", own.string("data.node.__typename"));
            assertEquals(a.organisationNodeId(), own.string("data.node.id"));
            assertEquals("ACTIVE", own.string("data.node.status"), own.raw());
            for (Gql.Result refused : List.of(other, unknown)) {
                assertNull(refused.get("data.node"), refused.raw());
                assertEquals(List.of("NOT_FOUND"), refused.errorCodes(), refused.raw());
            }
            assertEquals(other.errors().get(0).get("message"), unknown.errors().get(0).get("message"));
            // and the operator reads any
            assertEquals(b.organisationNodeId(), Gql.rootOperator().post(NODE, vars("id", b.organisationNodeId())).assertNoErrors().string("data.node.id"));
        }

        @Test
        void nodesAnswersInOrderWithANotFoundAtEachIndexItCannotShow() {
            // given the caller's organisation, someone else's, and an id of nothing
            Fixtures.Party a = Fixtures.party("ASSESSMENT_BODY", "Nodes Auditor", "GB");
            Fixtures.Party b = Fixtures.party("SUPPLIER", "Nodes Supplier", "ID");
            String nothing = new GlobalId("Organisation", UUID.randomUUID()).encode();
            // when it asks for all three
            Gql.Result r = a.client().post(NODES, vars("ids", List.of(b.organisationNodeId(), a.organisationNodeId(), nothing)));
            // then the list keeps the order, with null where it may not see, and one NOT_FOUND per null, at its index
            List<Map<String, Object>> nodes = r.get("data.nodes");
            assertEquals(3, nodes.size(), r.raw());
            assertNull(nodes.get(0));
            assertEquals(a.organisationNodeId(), nodes.get(1).get("id"));
            assertNull(nodes.get(2));
            assertEquals(List.of("NOT_FOUND", "NOT_FOUND"), r.errorCodes(), r.raw());
            assertEquals(List.of(List.of("nodes", 0), List.of("nodes", 2)), r.errors().stream().map(e -> e.get("path")).toList(), r.raw());
        }

        @Test
        void malformedAndTypelessIdsAreInvalidArguments() {
            Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Malformed Buyer", "DE");
            // a legacy raw id names no type; a random string is no id at all
            for (String id : List.of(a.organisationId(), "not-an-id")) {
                Gql.Result r = a.client().post(NODE, vars("id", id));
                System.out.println("[debug] " + r.raw());
                assertEquals(List.of("INVALID_ARGUMENT"), r.errorCodes(), r.raw());
            }
            List<String> tooMany = new ArrayList<>();
            for (int i = 0; i < 101; i++) tooMany.add(a.organisationNodeId());
            assertEquals(List.of("INVALID_ARGUMENT"), a.client().post(NODES, vars("ids", tooMany)).errorCodes());
        }

        @Test
        void manyIdsCostOneStatementForTheirType() {
            // given 30 organisations
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 30; i++) ids.add(Fixtures.admitNode("SUPPLIER", Fixtures.unique("Batch Node " + i), "PE"));
            // when the operator resolves 3 of them, then all 30
            long few = statements(ids.subList(0, 3));
            long many = statements(ids);
            System.out.println("[statements] nodes(ids:) of organisations: 3 -> " + few + ", 30 -> " + many);
            // then the cost does not grow with the number of ids
            assertEquals(few, many, "statements must not grow with the number of ids");
            assertTrue(many <= 1, "30 ids cost " + many + " statements");
        }

        private long statements(List<String> ids) {
            Gql operator = Gql.rootOperator();
            operator.post("{ me { role } }").assertNoErrors(); // warm the caller's identity outside the count
            sessionFactory.getStatistics().clear();
            Gql.Result r = operator.post(NODES, vars("ids", ids)).assertNoErrors();
            long statements = sessionFactory.getStatistics().getPrepareStatementCount();
            assertEquals(ids, r.json().getList("data.nodes.id"));
            return statements;
        }
    }

    /** For one deprecation period every id input takes the legacy raw id as well as the global id. */
    @Nested
    class LegacyIdsKeepWorking {

        @Test
        void mutationsTakeEitherFormAndRefuseAnIdOfAnotherType() {
            // given a supplier
            Fixtures.Party p = Fixtures.party("SUPPLIER", "Legacy Id Mine", "CD");
            // when the operator suspends it by its global id and reinstates it by its legacy raw id
            Gql.Result suspended = Gql.rootOperator().post(SUSPEND, vars("in", Map.of("organisationId", p.organisationNodeId()))).assertNoErrors();
            Gql.Result reinstated = Gql.rootOperator().post("""
                    mutation($in: OrganisationRefInput!) { reinstateOrganisation(input: $in) { organisation { id status } userErrors { code } } }""",
                    vars("in", Map.of("organisationId", p.organisationId()))).assertNoErrors();
            // then both act on the same organisation, which always answers with its global id
            assertEquals("SUSPENDED", suspended.string("data.suspendOrganisation.organisation.status"));
            assertEquals("ACTIVE", reinstated.string("data.reinstateOrganisation.organisation.status"));
            assertEquals(p.organisationNodeId(), reinstated.string("data.reinstateOrganisation.organisation.id"));
            // and a global id of another type is not an organisation id
            String other = new GlobalId("Assessment", UUID.fromString(p.organisationId())).encode();
            Gql.Result wrong = Gql.rootOperator().post(SUSPEND, vars("in", Map.of("organisationId", other))).assertNoErrors();
            assertEquals(List.of("INVALID_ID"), wrong.userErrorCodes("suspendOrganisation"), wrong.raw());
        }
    }
}
