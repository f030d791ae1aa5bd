package org.assay.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assay.support.Gql.vars;

/**
 * Builds organisations and people through the API, as the operator would, with unique names per test run.
 */
public final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Fixtures() {
    }

    public static String unique(String base) {
        return base + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid ISO 17442 LEI with correct check digits, unique per call. */
    public static String lei() {
        String body = String.format("5299%014d", (System.nanoTime() % 1_000_000_000_000L) * 10 + COUNTER.incrementAndGet() % 10)
                .substring(0, 18);
        return Leis.withCheckDigits(body);
    }

    /**
     * Admits an organisation and returns its legacy raw id (what every {@code …Id} field not yet converted to an object
     * reference still returns; inputs take it as well as the global id, see {@link #admitNode}).
     */
    public static String admit(String kind, String name, String country) {
        return rawId(admitNode(kind, name, country));
    }

    /** Admits an organisation and returns its global id ({@code Organisation.id}). */
    public static String admitNode(String kind, String name, String country) {
        Gql.Result r = Gql.rootOperator().post("""
                mutation($in: AdmitOrganisationInput!) { admitOrganisation(input: $in) {
                  organisation { id } userErrors { field code message } } }""",
                vars("in", Map.of("kind", kind, "name", name, "country", country,
                        "identifiers", Map.of("lei", lei()))));
        r.assertNoErrors();
        if (!r.userErrorCodes("admitOrganisation").isEmpty()) {
            throw new AssertionError(r.raw());
        }
        return r.string("data.admitOrganisation.organisation.id");
    }

    /** Adds a person (by OIDC subject) to an organisation. */
    public static String addPerson(String organisationId, String subject, boolean admin) {
        Gql.Result r = Gql.rootOperator().post("""
                mutation($in: AddPersonInput!) { addPerson(input: $in) { person { id } userErrors { field code message } } }""",
                vars("in", Map.of("organisationId", organisationId, "subject", subject, "admin", admin)));
        r.assertNoErrors();
        if (!r.userErrorCodes("addPerson").isEmpty()) {
            throw new AssertionError(r.raw());
        }
        return r.string("data.addPerson.person.id");
    }

    /** An organisation of that kind with one admin person; returns the org ids and the person's client. */
    public static Party party(String kind, String name, String country) {
        String nodeId = admitNode(kind, unique(name), country);
        String orgId = rawId(nodeId);
        String subject = kind.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        addPerson(orgId, subject, true);
        return new Party(orgId, nodeId, subject, Gql.as(subject));
    }

    /** The UUID an id stands for, whether the API gave it as a global id or as a legacy raw id (to read the database). */
    public static String raw(String id) {
        return org.assay.platform.GlobalId.decode(id).map(g -> g.id().toString()).orElse(id);
    }

    /** The UUID inside a global id (tests read the database with it). */
    public static String rawId(String globalId) {
        return org.assay.platform.GlobalId.decode(globalId).map(g -> g.id().toString())
                .orElseThrow(() -> new AssertionError("not a global id: " + globalId));
    }

    /**
     * An organisation and one of its people, ready to call the API: {@code organisationId} is the legacy raw id,
     * {@code organisationNodeId} the global id that {@code Organisation.id} returns.
     */
    public record Party(String organisationId, String organisationNodeId, String subject, Gql client) {
    }
}
