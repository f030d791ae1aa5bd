package org.assay.membership;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class MembershipApiTest {

    static final String ADD = "mutation($in: AddPersonInput!) { addPerson(input: $in) { person { id organisationId admin } userErrors { field code message } } }";

    @Test
    void adminAddsPeopleToOwnOrganisationOnly() {
        Fixtures.Party buyer = Fixtures.party("MEMBER_FIRM", "Admin Buyer", "DE");
        Fixtures.Party other = Fixtures.party("MEMBER_FIRM", "Other Buyer", "FR");
        String colleague = "colleague-" + System.nanoTime();

        Gql.Result r = buyer.client().post(ADD, vars("in", Map.of("subject", colleague))).assertNoErrors();
        assertEquals(buyer.organisationId(), r.string("data.addPerson.person.organisationId"));
        Gql.Result me = Gql.as(colleague).post("{ me { role admin organisation { id } } }").assertNoErrors();
        assertEquals("MEMBER", me.string("data.me.role"));
        assertEquals(false, me.<Boolean>get("data.me.admin"));

        // An admin cannot add someone to another organisation, whatever id it sends.
        r = buyer.client().post(ADD, vars("in", Map.of("subject", "intruder-" + System.nanoTime(),
                "organisationId", other.organisationId()))).assertNoErrors();
        assertEquals(List.of("NOT_YOUR_ORGANISATION"), r.userErrorCodes("addPerson"));

        // A non-admin cannot add anyone.
        Gql.as(colleague).post(ADD, vars("in", Map.of("subject", "x-" + System.nanoTime()))).assertErrorCode("forbidden");

        // One organisation per person.
        r = other.client().post(ADD, vars("in", Map.of("subject", colleague))).assertNoErrors();
        assertEquals(List.of("PERSON_IN_OTHER_ORGANISATION"), r.userErrorCodes("addPerson"));

        // People listing shows own organisation only.
        Gql.Result people = buyer.client().post("{ people { nodes { subject organisationId } } }").assertNoErrors();
        List<String> orgs = people.json().getList("data.people.nodes.organisationId");
        assertTrue(orgs.stream().allMatch(buyer.organisationId()::equals));
        assertTrue(people.json().getList("data.people.nodes.subject").contains(colleague));
        Gql.Result sneaky = buyer.client().post("query($o: ID) { people(organisationId: $o) { nodes { organisationId } } }",
                vars("o", other.organisationId())).assertNoErrors();
        assertTrue(sneaky.json().<String>getList("data.people.nodes.organisationId").stream().allMatch(buyer.organisationId()::equals));
    }

    @Test
    void operatorAddsAndRemovesPeople() {
        String org = Fixtures.admit("ASSESSMENT_BODY", Fixtures.unique("Bureau Audit"), "FR");
        String subject = "auditor-" + System.nanoTime();
        String membership = Fixtures.addPerson(org, subject, false);
        assertEquals("ASSESSOR", Gql.as(subject).post("{ me { role } }").assertNoErrors().string("data.me.role"));
        Gql.rootOperator().post("mutation($in: PersonRefInput!) { removePerson(input: $in) { person { id } userErrors { code } } }",
                vars("in", Map.of("membershipId", membership))).assertNoErrors();
        Gql.as(subject).post("{ myOrganisation { id } }").assertErrorCode("NOT_A_MEMBER");
    }

    @Test
    void invalidPersonInput() {
        Gql.Result r = Gql.rootOperator().post(ADD, vars("in", Map.of("email", "not-an-email",
                "organisationId", Fixtures.admit("SUPPLIER", Fixtures.unique("Email Check"), "PE")))).assertNoErrors();
        assertEquals(List.of("INVALID_EMAIL"), r.userErrorCodes("addPerson"));
        r = Gql.rootOperator().post(ADD, vars("in", Map.of("organisationId", "not-a-uuid", "subject", "s"))).assertNoErrors();
        assertEquals(List.of("INVALID_ID"), r.userErrorCodes("addPerson"));
    }
}
