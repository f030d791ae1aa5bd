package org.assay.membership;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.platform.IdentityChanges;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a token is verified once and its person's membership looked up once — and yet a revocation takes effect
 * on the next request after it commits. Every client here presents one and the same token throughout, so everything
 * it asks after the first request is answered from what the service kept.
 */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class IdentityCacheTest {

    static final String MY_ORG = "{ myOrganisation { id } }";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    IdentityChanges changes;

    @Test
    void aRemovedPersonIsRefusedOnTheNextRequest() {
        String org = Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Cache Buyer"), "DE");
        String subject = "cached-" + UUID.randomUUID();
        String membership = Fixtures.addPerson(org, subject, false);
        Gql person = Gql.as(subject); // one token from here on
        person.post(MY_ORG).assertNoErrors();
        person.post(MY_ORG).assertNoErrors();
        Gql.rootOperator().post("mutation($in: PersonRefInput!) { removePerson(input: $in) { person { id } userErrors { code } } }",
                vars("in", Map.of("membershipId", membership))).assertNoErrors();
        person.post(MY_ORG).assertErrorCode("NOT_A_MEMBER");
    }

    @Test
    void aSuspensionTakesEffectOnTheNextRequestAndSoDoesItsEnd() {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Cache Supplier", "CD");
        Gql person = supplier.client();
        person.post(MY_ORG).assertNoErrors();
        person.post(MY_ORG).assertNoErrors();
        Gql.rootOperator().post("mutation($in: OrganisationRefInput!) { suspendOrganisation(input: $in) { organisation { id } } }",
                vars("in", Map.of("organisationId", supplier.organisationId()))).assertNoErrors();
        person.post(MY_ORG).assertErrorCode("ORGANISATION_SUSPENDED");
        Gql.rootOperator().post("mutation($in: OrganisationRefInput!) { reinstateOrganisation(input: $in) { organisation { id } } }",
                vars("in", Map.of("organisationId", supplier.organisationId()))).assertNoErrors();
        person.post(MY_ORG).assertNoErrors();
    }

    @Test
    void anAdminFlagChangeShowsOnTheNextRequest() {
        Fixtures.Party buyer = Fixtures.party("MEMBER_FIRM", "Cache Admins", "FR");
        String subject = "colleague-" + UUID.randomUUID();
        String membership = Fixtures.addPerson(buyer.organisationId(), subject, false);
        Gql colleague = Gql.as(subject);
        assertEquals(false, colleague.post("{ me { admin } }").assertNoErrors().<Boolean>get("data.me.admin"));
        buyer.client().post("mutation($in: SetPersonAdminInput!) { setPersonAdmin(input: $in) { person { id } userErrors { code } } }",
                vars("in", Map.of("membershipId", membership, "admin", true))).assertNoErrors();
        assertEquals(true, colleague.post("{ me { admin } }").assertNoErrors().<Boolean>get("data.me.admin"));
    }

    /**
     * A change made elsewhere — another replica, or SQL by hand — reaches this replica through PostgreSQL's notification
     * at commit (V165). Delivery is asynchronous, so this waits for it, with a bound that only keeps a broken listener
     * from hanging the build.
     */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // only so that a notification that never comes cannot hang the build
    void aChangeCommittedElsewhereArrivesByNotification() throws Exception {
        String org = Fixtures.admit("MEMBER_FIRM", Fixtures.unique("Cache Elsewhere"), "NL");
        String subject = "elsewhere-" + UUID.randomUUID();
        String membership = Fixtures.addPerson(org, subject, false);
        Gql person = Gql.as(subject);
        person.post(MY_ORG).assertNoErrors();
        person.post(MY_ORG).assertNoErrors();
        long before = changes.generation();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("delete from membership where id = ?")) {
            ps.setObject(1, UUID.fromString(Fixtures.raw(membership)));
            assertEquals(1, ps.executeUpdate());
        }
        // no service code ran: only the notification of the commit can tell this replica; wait for it to arrive
        while (changes.generation() == before) {
            Thread.sleep(20);
        }
        assertTrue(person.post(MY_ORG).errorCodes().contains("NOT_A_MEMBER"), "the next request after the notification is refused");
    }

    /** A token is kept by its exact bytes: the same claims with a forged signature are still refused. */
    @Test
    void aForgedSignatureIsRefusedEvenWhenTheClaimsWereSeen() {
        Fixtures.Party buyer = Fixtures.party("MEMBER_FIRM", "Cache Forgery", "BE");
        buyer.client().post(MY_ORG).assertNoErrors();
        String token = buyer.client().token();
        String[] parts = token.split("\\.");
        char last = parts[2].charAt(parts[2].length() - 2);
        String forged = parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 2)
                + (last == 'A' ? 'B' : 'A') + parts[2].charAt(parts[2].length() - 1);
        assertEquals(401, Gql.withToken(forged).post(MY_ORG).status());
        buyer.client().post(MY_ORG).assertNoErrors();
    }
}
