package org.assay.sharing.api;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Scenarios;
import org.assay.support.Today;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code AssessmentRequestPayload.sharingRequest} is the {@code SharingRequest} the deprecated {@code sharingRequestId}
 * names, resolved by sharing under sharing's rule (the member that asked and the supplier asked see it, nobody else).
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class AssessmentRequestSharingTest {

    static final String REQUEST = """
            mutation($in: RequestAssessmentInput!) { requestAssessment(input: $in) {
              request { outcome } sharingRequestId sharingRequest { id status member { id } supplier { id } }
              userErrors { field code message } } }""";
    static final String NODE = "query($id: ID!) { node(id: $id) { id ... on SharingRequest { status } } }";

    @Test
    void theSharingRequestIsTheOneTheOldIdNamesAndOnlyItsPartiesSeeIt() {
        // given a supplier with a published desk review (member A asked for it)
        Scenarios.World w = Scenarios.world("Request Sharing");
        Scenarios.publishedDeskReview(w);

        // when member B, without a grant, asks for an assessment the published one satisfies
        Gql.Result asked = request(w.memberB().client(), w.supplier().organisationId(), "DESK_REVIEW");

        // then the payload names the sharing request sent to the supplier, the one of the deprecated id
        assertEquals("SATISFIED_BY_EXISTING", asked.string("data.requestAssessment.request.outcome"), asked.raw());
        String oldId = asked.string("data.requestAssessment.sharingRequestId");
        String id = asked.string("data.requestAssessment.sharingRequest.id");
        assertNotNull(oldId, asked.raw());
        assertNotNull(id, asked.raw());
        assertEquals(oldId, Fixtures.raw(id));
        assertEquals("PENDING", asked.string("data.requestAssessment.sharingRequest.status"));
        assertEquals(w.memberB().organisationId(), asked.string("data.requestAssessment.sharingRequest.member.id"));
        assertEquals(w.supplier().organisationId(), asked.string("data.requestAssessment.sharingRequest.supplier.id"));

        // and asking again names the same pending request
        Gql.Result again = request(w.memberB().client(), w.supplier().organisationId(), "DESK_REVIEW");
        assertEquals(id, again.string("data.requestAssessment.sharingRequest.id"), again.raw());

        // and under sharing's rule the supplier asked sees it too, member A (another member) and the operator not at all
        assertEquals(id, w.supplier().client().post(NODE, vars("id", id)).assertNoErrors().string("data.node.id"));
        for (Gql outsider : List.of(w.memberA().client(), Gql.rootOperator(), w.body().client())) {
            Gql.Result r = outsider.post(NODE, vars("id", id));
            assertTrue(r.errorCodes().contains("NOT_FOUND"), r.raw());
        }

        // when the supplier accepts, a further request needs no sharing request: both fields are null
        w.supplier().client().post("mutation($in: AcceptSharingRequestInput!) { acceptSharingRequest(input: $in) { userErrors { code } } }",
                vars("in", Map.of("requestId", id, "level", "FULL", "validUntil", Today.today().plusYears(1).toString()))).assertNoErrors();
        Gql.Result shared = request(w.memberB().client(), w.supplier().organisationId(), "DESK_REVIEW");
        assertEquals("SATISFIED_BY_EXISTING", shared.string("data.requestAssessment.request.outcome"), shared.raw());
        assertNull(shared.get("data.requestAssessment.sharingRequestId"), shared.raw());
        assertNull(shared.get("data.requestAssessment.sharingRequest"), shared.raw());
    }

    @Test
    void aNewAssessmentSendsNoSharingRequest() {
        // given a supplier without any published assessment
        Scenarios.World w = Scenarios.world("Request No Sharing");
        // when member A asks for an assessment
        Gql.Result asked = request(w.memberA().client(), w.supplier().organisationId(), "ON_SITE_AUDIT");
        // then a new assessment is created and no sharing request is named
        assertEquals("NEW_ASSESSMENT", asked.string("data.requestAssessment.request.outcome"), asked.raw());
        assertNull(asked.get("data.requestAssessment.sharingRequestId"), asked.raw());
        assertNull(asked.get("data.requestAssessment.sharingRequest"), asked.raw());
    }

    private static Gql.Result request(Gql member, String supplierId, String method) {
        Gql.Result r = member.post(REQUEST, vars("in", Map.of("supplierId", supplierId, "minimumMethod", method))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("requestAssessment"), r.raw());
        return r;
    }
}
