package org.assay.sharing.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.platform.GlobalId;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 17: {@code assessment(id:)} and {@code node(id:)} apply one rule. A member reads by id exactly the assessment
 * sharing shows it (the supplier's newest published one, while the supplier shares with it); an older, superseded one
 * answers like an unknown id, by {@code assessment(id:)}, by {@code node(id:)}, and {@code ResultSummary.assessment} moves on.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class MemberAssessmentByIdTest {

    static final String BY_ID = "query($id: ID!) { assessment(id: $id) { id status method rating overallScore validUntil } }";
    static final String NODE = "query($id: ID!) { node(id: $id) { id ... on Assessment { status method rating overallScore validUntil } } }";
    static final String SUMMARY = "query($s: ID!) { sharedResults(supplierId: $s) { summary { assessmentId assessment { id status } } } }";

    static String node(String id) {
        return id.length() == 36 ? new GlobalId("Assessment", UUID.fromString(id)).encode() : id;
    }

    @Test
    void aMemberReadsByIdExactlyTheAssessmentSharingShowsIt() {
        // given a supplier's published on-site audit, requested by member A
        Scenarios.World w = Scenarios.world("By Id Sharing");
        String first = node(Scenarios.request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT"));
        Scenarios.assign(first, w.body().organisationId());
        Scenarios.answerAll(w.body().client(), first, Scenarios.applicable(w.body().client(), first));
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", first))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", first))).assertNoErrors();
        Gql memberA = w.memberA().client();
        Gql memberB = w.memberB().client();
        String unknown = new GlobalId("Assessment", UUID.randomUUID()).encode();

        // before any grant, even the member that requested it is told it does not exist, exactly as for an unknown id
        assertAnswersAsUnknown(memberA, first, unknown);

        // when the supplier shares its results with member A
        Gql.Result granted = w.supplier().client().post("mutation($in: GrantSharingInput!) { grantSharing(input: $in) { userErrors { code } } }",
                vars("in", Map.of("audience", "MEMBER", "memberId", w.memberA().organisationId(), "level", "FULL"))).assertNoErrors();
        assertEquals(List.of(), granted.userErrorCodes("grantSharing"), granted.raw());

        // then member A reads it by id, identically through assessment(id:) and node(id:)
        assertSameByIdAndNode(memberA, first);
        // answers and findings stay the parties' (a member reads them through sharedResults.detail)
        for (String field : List.of("answers { indicatorCode }", "findings { title }")) {
            Gql.Result r = memberA.post("query($id: ID!) { assessment(id: $id) { id " + field + " } }", vars("id", first));
            assertEquals(first, r.string("data.assessment.id"), r.raw());
            assertEquals(List.of("forbidden"), r.errorCodes(), field + ": " + r.raw());
        }
        // and member B, without a grant, is told it does not exist
        assertAnswersAsUnknown(memberB, first, unknown);
        assertEquals(node(first), memberA.post(SUMMARY, vars("s", w.supplier().organisationId())).assertNoErrors()
                .string("data.sharedResults.summary.assessment.id"));

        // when the body corrects it and publishes the correction (the first becomes SUPERSEDED)
        Gql.Result c = w.body().client().post("mutation($in: AssessmentRefInput!) { correctAssessment(input: $in) { assessment { id } userErrors { code } } }",
                vars("in", Map.of("assessmentId", first))).assertNoErrors();
        String correction = c.string("data.correctAssessment.assessment.id");
        assertNotNull(correction, c.raw());
        w.body().client().post(Scenarios.SUBMIT, vars("in", Map.of("assessmentId", correction))).assertNoErrors();
        w.body().client().post(Scenarios.PUBLISH, vars("in", Map.of("assessmentId", correction))).assertNoErrors();
        assertEquals("SUPERSEDED", w.supplier().client().post(BY_ID, vars("id", first)).assertNoErrors().string("data.assessment.status"));

        // then member A follows the correction, and the superseded one answers exactly like an unknown id
        assertSameByIdAndNode(memberA, correction);
        assertAnswersAsUnknown(memberA, first, unknown);
        Gql.Result summary = memberA.post(SUMMARY, vars("s", w.supplier().organisationId())).assertNoErrors();
        assertEquals(node(correction), summary.string("data.sharedResults.summary.assessment.id"), summary.raw());
        assertNotEquals(node(first), summary.string("data.sharedResults.summary.assessment.id"));
        // the correction's link to what it corrects is null to the member (it may not see the superseded one)
        Gql.Result link = memberA.post("query($id: ID!) { assessment(id: $id) { supersedesId supersedes { id } } }", vars("id", correction)).assertNoErrors();
        assertNull(link.get("data.assessment.supersedes"), link.raw());
    }

    private static void assertSameByIdAndNode(Gql who, String id) {
        Gql.Result byId = who.post(BY_ID, vars("id", id)).assertNoErrors();
        Gql.Result byNode = who.post(NODE, vars("id", node(id))).assertNoErrors();
        Map<String, Object> direct = byId.get("data.assessment");
        assertEquals(node(id), direct.get("id"), byId.raw());
        assertEquals("PUBLISHED", direct.get("status"));
        assertEquals(direct, byNode.get("data.node"), "assessment(id:) and node(id:) answer the same");
    }

    private static void assertAnswersAsUnknown(Gql who, String id, String unknown) {
        for (String query : List.of(BY_ID, NODE)) {
            Gql.Result hidden = who.post(query, vars("id", node(id)));
            Gql.Result none = who.post(query, vars("id", unknown));
            assertEquals(List.of("NOT_FOUND"), hidden.errorCodes(), hidden.raw());
            assertEquals(none.<Object>get("data"), hidden.<Object>get("data"));
            assertEquals(none.<Object>get("errors"), hidden.<Object>get("errors"), "an assessment the member may not see answers like an unknown id");
        }
    }
}
