package org.assay.membership;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.OwnDatabaseProfile;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The last operator cannot be removed or moved (issue 11, "the last operator cannot be removed"), through the API. It
 * needs a platform whose only operator person is the test's: its own start with a database of its own (other tests
 * admit operator organisations into the shared one).
 */
@QuarkusTest
@TestProfile(OwnDatabaseProfile.class)
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class LastOperatorTest {

    @Inject
    EntityManager em;

    @Transactional
    long operatorPeople() {
        return ((Number) em.createNativeQuery("select count(*) from membership m join organisation o on o.id = m.organisation_id "
                + "where o.kind = 'OPERATOR'").getSingleResult()).longValue();
    }

    @Test
    void theLastOperatorCannotBeRemovedNorMoved() {
        assertEquals(0, operatorPeople(), "this platform starts without operator people");
        String host = Fixtures.admit("OPERATOR", Fixtures.unique("Last Host"), "CH");
        String member = Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Last Buyer"), "DE");
        // the only operator person (not an admin: LAST_OPERATOR is the rule that answers, not LAST_ADMIN)
        String only = Fixtures.addPerson(host, "only-operator-" + UUID.randomUUID(), false);
        Gql root = Gql.rootOperator(); // the IdP's bootstrap role: not a person of ours, so it does not count

        Gql.Result removed = root.post(PeopleAcrossOrganisationsTest.REMOVE, vars("in", Map.of("membershipId", only))).assertNoErrors();
        assertEquals(List.of("LAST_OPERATOR"), removed.userErrorCodes("removePerson"), removed.raw());
        Gql.Result moved = root.post(PeopleAcrossOrganisationsTest.MOVE, vars("in", Map.of("personId", only, "toOrganisationId", member)))
                .assertNoErrors();
        assertEquals(List.of("LAST_OPERATOR"), moved.userErrorCodes("movePerson"), moved.raw());
        assertEquals(1, operatorPeople(), "nothing changed");

        // with a second operator person, the first may go
        Fixtures.addPerson(host, "second-operator-" + UUID.randomUUID(), true);
        Gql.Result again = root.post(PeopleAcrossOrganisationsTest.REMOVE, vars("in", Map.of("membershipId", only))).assertNoErrors();
        assertEquals(List.of(), again.userErrorCodes("removePerson"), again.raw());
        assertEquals(1, operatorPeople());
        // and now the second is the last one
        String second = root.post("query($o: ID!) { people(organisationId: $o) { nodes { id } } }", vars("o", host)).assertNoErrors()
                .string("data.people.nodes[0].id");
        Gql.Result last = root.post(PeopleAcrossOrganisationsTest.REMOVE, vars("in", Map.of("membershipId", second))).assertNoErrors();
        assertEquals(List.of("LAST_OPERATOR"), last.userErrorCodes("removePerson"), last.raw());
    }
}
