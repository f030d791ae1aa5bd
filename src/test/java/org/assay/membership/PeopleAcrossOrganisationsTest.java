package org.assay.membership;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.assay.support.Tokens;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One organisation per person, and only the operator moves people: every role fires addPerson, removePerson,
 * setPersonAdmin and movePerson at the people of every other organisation (the operator's included) and nothing changes.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class PeopleAcrossOrganisationsTest {

    static final String ADD = "mutation($in: AddPersonInput!) { addPerson(input: $in) { person { id } userErrors { code } } }";
    static final String REMOVE = "mutation($in: PersonRefInput!) { removePerson(input: $in) { person { id } userErrors { code } } }";
    static final String SET_ADMIN = "mutation($in: SetPersonAdminInput!) { setPersonAdmin(input: $in) { person { id } userErrors { code } } }";
    static final String MOVE = "mutation($in: MovePersonInput!) { movePerson(input: $in) { person { id } fromOrganisation { id } "
            + "toOrganisation { id } userErrors { code } } }";

    @Inject
    EntityManager em;

    record Person(String org, String membershipId, String subject, boolean admin, Gql client) {
    }

    Person person(String org, boolean admin) {
        String subject = "p-" + UUID.randomUUID();
        String id = Fixtures.addPerson(org, subject, admin);
        return new Person(org, id, subject, admin, Gql.as(subject));
    }

    @Test
    void nobodyCanTakeOrChangeAnotherOrganisationsPeople() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("OPERATOR", "CH");
        kinds.put("MEMBER_FIRM", "DE");
        kinds.put("SUPPLIER", "PE");
        kinds.put("ASSESSMENT_BODY", "FR");
        List<Person> people = new ArrayList<>();
        for (Map.Entry<String, String> k : kinds.entrySet()) {
            String org = Fixtures.admit(k.getKey(), Fixtures.unique("Across " + k.getKey()), k.getValue());
            people.add(person(org, true));
            people.add(person(org, false));
        }
        String before = snapshot();
        List<String> problems = new ArrayList<>();
        int attempts = 0;
        for (Person caller : people) {
            for (Person target : people) {
                if (target.org().equals(caller.org())) {
                    continue;
                }
                boolean operator = kinds.keySet().iterator().next().equals(kindOf(caller.org()));
                List<Gql.Result> results = new ArrayList<>();
                results.add(caller.client().post(ADD, vars("in", Map.of("subject", target.subject()))));
                results.add(caller.client().post(ADD, vars("in", Map.of("subject", target.subject(), "organisationId", caller.org()))));
                results.add(caller.client().post(ADD, vars("in", Map.of("subject", target.subject(), "organisationId", target.org()))));
                if (!operator) {
                    results.add(caller.client().post(REMOVE, vars("in", Map.of("membershipId", target.membershipId()))));
                    results.add(caller.client().post(SET_ADMIN, vars("in", Map.of("membershipId", target.membershipId(), "admin", !target.admin()))));
                    results.add(caller.client().post(MOVE, vars("in", Map.of("personId", target.membershipId(), "toOrganisationId", caller.org()))));
                }
                for (Gql.Result r : results) {
                    attempts++;
                    if (!refused(r)) {
                        problems.add(caller.subject() + " (" + kindOf(caller.org()) + ", admin " + caller.admin() + ") → "
                                + target.subject() + " (" + kindOf(target.org()) + "): " + r.raw());
                    }
                }
            }
        }
        // and someone signed in who belongs nowhere
        Gql nobody = Gql.as("nobody-" + UUID.randomUUID());
        for (Person target : people) {
            for (Gql.Result r : List.of(nobody.post(ADD, vars("in", Map.of("subject", target.subject(), "organisationId", target.org()))),
                    nobody.post(MOVE, vars("in", Map.of("personId", target.membershipId(), "toOrganisationId", target.org()))))) {
                attempts++;
                if (!refused(r)) {
                    problems.add("non-member → " + target.subject() + ": " + r.raw());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(before, snapshot(), "a refused attempt changed memberships");
        assertTrue(attempts > 250, "attempts: " + attempts);
    }

    /** The operator moves a person, audited with both organisations; the last admin of an organisation stays. */
    @Test
    void theOperatorMovesPeopleAndTheLastAdminStays() {
        String from = Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Move From"), "DE");
        String to = Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Move To"), "FR");
        Person admin = person(from, true);
        Person colleague = person(from, false);

        Gql.Result r = Gql.rootOperator().post(MOVE, vars("in", Map.of("personId", colleague.membershipId(), "toOrganisationId", to)))
                .assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("movePerson"));
        assertEquals(to, Fixtures.rawId(r.string("data.movePerson.toOrganisation.id")));
        assertEquals(from, Fixtures.rawId(r.string("data.movePerson.fromOrganisation.id")));
        assertEquals("MEMBER", colleague.client().post("{ me { role organisation { id } } }").assertNoErrors().string("data.me.role"));
        assertEquals(to, Fixtures.rawId(colleague.client().post("{ me { organisation { id } } }").string("data.me.organisation.id")));
        String targets = auditTargets("movePerson", colleague.membershipId());
        assertTrue(targets.contains(from) && targets.contains(to), targets);

        // the last admin cannot be moved, removed or demoted
        assertEquals(List.of("LAST_ADMIN"), Gql.rootOperator().post(MOVE, vars("in", Map.of("personId", admin.membershipId(),
                "toOrganisationId", to))).userErrorCodes("movePerson"));
        assertEquals(List.of("LAST_ADMIN"), Gql.rootOperator().post(REMOVE, vars("in", Map.of("membershipId", admin.membershipId())))
                .userErrorCodes("removePerson"));
        assertEquals(List.of("LAST_ADMIN"), Gql.rootOperator().post(SET_ADMIN, vars("in", Map.of("membershipId", admin.membershipId(),
                "admin", false))).userErrorCodes("setPersonAdmin"));
        assertEquals(List.of("SAME_ORGANISATION"), Gql.rootOperator().post(MOVE, vars("in", Map.of("personId", admin.membershipId(),
                "toOrganisationId", from))).userErrorCodes("movePerson"));
        assertEquals(List.of("NOT_FOUND"), Gql.rootOperator().post(MOVE, vars("in", Map.of("personId", UUID.randomUUID().toString(),
                "toOrganisationId", from))).userErrorCodes("movePerson"));
        // with a second admin, the first may go
        Person second = person(from, true);
        assertEquals(List.of(), second.client().post(REMOVE, vars("in", Map.of("membershipId", admin.membershipId())))
                .assertNoErrors().userErrorCodes("removePerson"));
    }

    /** The database holds one organisation per person even if the code did not. */
    @Test
    void theDatabaseRefusesASecondMembershipForTheSamePerson() {
        String a = Fixtures.admit("SUPPLIER", Fixtures.unique("Twice A"), "PE");
        String b = Fixtures.admit("SUPPLIER", Fixtures.unique("Twice B"), "PE");
        String subject = "twice-" + UUID.randomUUID();
        Fixtures.addPerson(a, subject, false);
        boolean refused;
        try {
            insertDirectly(b, subject);
            refused = false;
        } catch (RuntimeException e) {
            refused = true;
        }
        assertTrue(refused, "a second membership row for the same (issuer, sub) was accepted");
    }

    static boolean refused(Gql.Result r) {
        if (!r.errors().isEmpty()) {
            return true;
        }
        Map<String, Object> data = r.get("data");
        for (Object payload : data.values()) {
            if (payload instanceof Map<?, ?> p && p.get("userErrors") instanceof List<?> errors && errors.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    @Transactional
    String snapshot() {
        return em.createNativeQuery("select coalesce(string_agg(id || ':' || organisation_id || ':' || admin || ':' || coalesce(issuer, '') || ':' "
                + "|| coalesce(subject, ''), ',' order by id), '') from membership").getSingleResult().toString();
    }

    @Transactional
    String kindOf(String org) {
        return (String) em.createNativeQuery("select kind from organisation where id = ?1").setParameter(1, UUID.fromString(org)).getSingleResult();
    }

    /** The audit trail records raw ids; a person's id is its global id now (a legacy raw id is passed through). */
    static String raw(String id) {
        return org.assay.platform.GlobalId.decode(id).map(g -> g.id().toString()).orElse(id);
    }

    @Transactional
    String auditTargets(String operation, String membershipId) {
        return (String) em.createNativeQuery("select target_ids from audit_event where operation = ?1 and target_ids like ?2 order by seq desc limit 1")
                .setParameter(1, operation).setParameter(2, "%" + raw(membershipId) + "%").getSingleResult();
    }

    @Transactional
    void insertDirectly(String org, String subject) {
        em.createNativeQuery("insert into membership (id, organisation_id, issuer, subject, admin, created_at, created_by) "
                        + "values (?1, ?2, ?3, ?4, false, now(), 'test')")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(org))
                .setParameter(3, Tokens.ISSUER).setParameter(4, subject).executeUpdate();
    }
}
