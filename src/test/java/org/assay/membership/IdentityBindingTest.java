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

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Issue 11, observations 1–5: a person is the verified token's (issuer, {@code sub}); usernames and e-mails never decide
 * who someone is; tokens without a subject, from the future or for another audience are refused.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class IdentityBindingTest {

    static final String ADD = "mutation($in: AddPersonInput!) { addPerson(input: $in) { person { id organisationId issuer subject } "
            + "userErrors { field code message } } }";
    static final String ME = "{ me { subject issuer username member role organisation { id } } }";
    static final String ADMIT = "mutation($in: AdmitOrganisationInput!) { admitOrganisation(input: $in) { organisation { id } userErrors { code } } }";

    @Inject
    EntityManager em;

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    /** Observation 1: an admin of member firm A adds the operator's subject (or a buyer of B) to A: refused, nothing changes. */
    @Test
    void anAdminCannotTakeOverAnotherOrganisationsPeople() {
        Fixtures.Party operatorOrg = Fixtures.party("OPERATOR", "Operator Org", "CH");
        Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Firm A", "DE");
        Fixtures.Party b = Fixtures.party("MEMBER_FIRM", "Firm B", "FR");

        Gql.Result r = a.client().post(ADD, vars("in", Map.of("subject", operatorOrg.subject()))).assertNoErrors();
        assertEquals(List.of("PERSON_IN_OTHER_ORGANISATION"), r.userErrorCodes("addPerson"));
        Gql.Result me = operatorOrg.client().post(ME).assertNoErrors();
        assertEquals("OPERATOR", me.string("data.me.role"));
        assertEquals(operatorOrg.organisationNodeId(), me.string("data.me.organisation.id"));
        operatorOrg.client().post("{ organisations(first: 1) { nodes { id } } }").assertNoErrors();

        r = a.client().post(ADD, vars("in", Map.of("subject", b.subject()))).assertNoErrors();
        assertEquals(List.of("PERSON_IN_OTHER_ORGANISATION"), r.userErrorCodes("addPerson"));
        assertEquals(b.organisationNodeId(), b.client().post(ME).assertNoErrors().string("data.me.organisation.id"));

        // The IdP's operator role always makes an operator, even if an admin added that subject to a member firm.
        String holder = "operator-holder-" + uuid();
        a.client().post(ADD, vars("in", Map.of("subject", holder))).assertNoErrors();
        assertEquals("OPERATOR", Gql.as(holder, "assay-operator").post(ME).assertNoErrors().string("data.me.role"));
    }

    /** Observation 2: a person added by their real `sub` (a UUID) signs in, whatever their username. */
    @Test
    void aPersonIsFoundByTheirSubNotTheirUsername() {
        Fixtures.Party a = Fixtures.party("SUPPLIER", "Sub Supplier", "PE");
        String sub = uuid();
        a.client().post(ADD, vars("in", Map.of("subject", sub))).assertNoErrors();
        Gql.Result me = Gql.withToken(Tokens.forSubject(sub).username("alice").sign()).post(ME).assertNoErrors();
        assertEquals("SUPPLIER", me.string("data.me.role"));
        assertEquals(sub, me.string("data.me.subject"));
        assertEquals(Tokens.ISSUER, me.string("data.me.issuer"));
        assertEquals("alice", me.string("data.me.username"));

        // Added by a username: a token whose username is that but whose sub is the real one is not that person.
        String username = "bob-" + uuid().substring(0, 8);
        a.client().post(ADD, vars("in", Map.of("subject", username))).assertNoErrors();
        me = Gql.withToken(Tokens.forSubject(uuid()).username(username).sign()).post(ME).assertNoErrors();
        assertEquals(false, me.<Boolean>get("data.me.member"));
    }

    /** Observation 3: a chosen preferred_username or upn equal to someone's subject is no identity. */
    @Test
    void aChosenUsernameIsNoIdentity() {
        Fixtures.Party victim = Fixtures.party("MEMBER_FIRM", "Victim Firm", "DE");
        String token = Tokens.forSubject("attacker-" + uuid()).username(victim.subject()).claim("upn", victim.subject()).sign();
        Gql.Result me = Gql.withToken(token).post(ME).assertNoErrors();
        assertEquals(false, me.<Boolean>get("data.me.member"));
        assertNull(me.get("data.me.organisation"));
        Gql.withToken(token).post("{ portfolio(first: 1) { nodes { id } } }").assertErrorCode("NOT_A_MEMBER");
    }

    /** Observation 4: no sub, an empty sub, an iat in the future: 401, even with the operator role. */
    @Test
    void tokensWithoutASubjectOrFromTheFutureAreRefused() {
        Map<String, Object> in = vars("in", Map.of("kind", "SUPPLIER", "name", Fixtures.unique("No Sub"), "country", "PE",
                "identifiers", Map.of("lei", Fixtures.lei())));
        Set<String> op = Set.of("assay-operator");
        assertEquals(401, Gql.withToken(Tokens.forSubject(null).username(null).groups(op).sign()).post(ADMIT, in).status());
        assertEquals(401, Gql.withToken(Tokens.forSubject("").groups(op).sign()).post(ADMIT, in).status());
        assertEquals(401, Gql.withToken(Tokens.forSubject("  ").groups(op).sign()).post(ADMIT, in).status());
        assertEquals(401, Gql.withToken(Tokens.forSubject("future-" + uuid()).groups(op).issuedAt(Instant.now().plusSeconds(600)).sign())
                .post(ADMIT, in).status());
        // within the clock skew: accepted
        Gql.Result r = Gql.withToken(Tokens.forSubject("skew-" + uuid()).groups(op).issuedAt(Instant.now().plusSeconds(20)).sign()).post(ADMIT, in);
        assertEquals(200, r.status());
        r.assertNoErrors();
    }

    /** Observation 5: a token of the same realm for another client (no Assay audience) is refused. */
    @Test
    void tokensForAnotherAudienceAreRefused() {
        Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Audience Firm", "DE");
        assertEquals(401, Gql.withToken(Tokens.forSubject(a.subject()).audience("another-client").sign()).post(ME).status());
        assertEquals(401, Gql.withToken(Tokens.forSubject(a.subject()).audience(null).sign()).post(ME).status());
        assertEquals(200, Gql.withToken(Tokens.forSubject(a.subject()).sign()).post(ME).assertNoErrors().status());
    }

    /** Added by e-mail: binds at the first sign-in with that verified e-mail; afterwards the e-mail no longer counts. */
    @Test
    void anEmailBindsAtTheFirstVerifiedSignInOnly() {
        Fixtures.Party a = Fixtures.party("ASSESSMENT_BODY", "Email Body", "FR");
        String email = "auditor-" + uuid().substring(0, 8) + "@example.org";
        a.client().post(ADD, vars("in", Map.of("email", email))).assertNoErrors();

        // unverified e-mail: nothing
        assertEquals(false, Gql.withToken(Tokens.forSubject(uuid()).claim("email", email).claim("email_verified", false).sign())
                .post(ME).assertNoErrors().<Boolean>get("data.me.member"));
        String sub = uuid();
        Gql.Result me = Gql.withToken(Tokens.forSubject(sub).verifiedEmail(email).sign()).post(ME).assertNoErrors();
        assertEquals("ASSESSOR", me.string("data.me.role"));
        // bound: the same sub without any e-mail is still the person; another sub with the same verified e-mail is not
        assertEquals("ASSESSOR", Gql.withToken(Tokens.forSubject(sub).sign()).post(ME).assertNoErrors().string("data.me.role"));
        assertEquals(false, Gql.withToken(Tokens.forSubject(uuid()).verifiedEmail(email).sign()).post(ME).assertNoErrors()
                .<Boolean>get("data.me.member"));
        Gql.Result people = a.client().post("{ people { nodes { email issuer subject } } }").assertNoErrors();
        List<Map<String, Object>> nodes = people.json().getList("data.people.nodes");
        Map<String, Object> bound = nodes.stream().filter(n -> email.equals(n.get("email"))).findFirst().orElseThrow();
        assertEquals(sub, bound.get("subject"));
        assertEquals(Tokens.ISSUER, bound.get("issuer"));
    }

    /** Rows from before the migration (issuer null) bind to the issuer of the first token with that sub. */
    @Test
    void aMigratedRowBindsToItsIssuerAtFirstSignIn() {
        Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Legacy Firm", "DE");
        String sub = "legacy-" + uuid();
        insertLegacy(Fixtures.rawId(a.organisationNodeId()), sub);
        assertEquals("MEMBER", Gql.as(sub).post(ME).assertNoErrors().string("data.me.role"));
        assertEquals(Tokens.ISSUER, issuerOf(sub));
    }

    /** The audit trail records (issuer, sub); automatic changes use the reserved principal no token can carry. */
    @Test
    void theAuditTrailRecordsIssuerAndSubject() {
        String sub = "auditing-" + uuid();
        Gql.Result r = Gql.as(sub, "assay-operator").post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", Fixtures.unique("Audit Who"),
                "country", "PE", "identifiers", Map.of("lei", Fixtures.lei())))).assertNoErrors();
        String id = Fixtures.rawId(r.string("data.admitOrganisation.organisation.id"));
        assertEquals(Tokens.principal(sub), auditSubjectFor(id));
        assertFalse(Tokens.principal(sub).equals(org.assay.platform.Caller.SYSTEM));
    }

    @Transactional
    void insertLegacy(String organisationId, String subject) {
        em.createNativeQuery("insert into membership (id, organisation_id, subject, admin, created_at, created_by) "
                        + "values (?1, ?2, ?3, false, now(), 'legacy')")
                .setParameter(1, UUID.randomUUID()).setParameter(2, UUID.fromString(organisationId)).setParameter(3, subject).executeUpdate();
    }

    @Transactional
    String issuerOf(String subject) {
        return (String) em.createNativeQuery("select issuer from membership where subject = ?1").setParameter(1, subject).getSingleResult();
    }

    @Transactional
    String auditSubjectFor(String targetId) {
        return (String) em.createNativeQuery("select subject from audit_event where target_ids like ?1 order by seq desc limit 1")
                .setParameter(1, "%" + targetId + "%").getSingleResult();
    }
}
