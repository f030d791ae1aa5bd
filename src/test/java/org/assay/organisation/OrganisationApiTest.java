package org.assay.organisation;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.assay.support.Fixtures;
import org.assay.support.Gql;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class OrganisationApiTest {

    static final String ADMIT = """
            mutation($in: AdmitOrganisationInput!) { admitOrganisation(input: $in) {
              organisation { id kind name country status identifiers { lei duns nationalRegistryNumber } }
              userErrors { field code message } } }""";

    @Inject
    AgroalDataSource db;

    @Test
    void operatorAdmitsAnOrganisationWithValidatedIdentifiers() {
        String name = Fixtures.unique("Tenke Copper Refinery");
        Gql.Result r = Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", name,
                "country", "cd", "identifiers", Map.of("lei", Fixtures.lei(), "duns", "12-345-6789")))).assertNoErrors();
        assertEquals(List.of(), r.userErrorCodes("admitOrganisation"));
        assertEquals("CD", r.string("data.admitOrganisation.organisation.country"));
        assertEquals("123456789", r.string("data.admitOrganisation.organisation.identifiers.duns"));
        assertEquals("ACTIVE", r.string("data.admitOrganisation.organisation.status"));
        assertEquals(1, countOrganisationsNamed(name));
    }

    @Test
    void invalidInputGivesUserErrorsAndWritesNothing() throws Exception {
        long auditBefore = auditCount();
        String name = Fixtures.unique("Bad Input Mining");
        Gql.Result r = Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", name,
                "country", "XX", "identifiers", Map.of("lei", "5299000J2N45DDNE4Y29")))).assertNoErrors();
        assertNull(r.get("data.admitOrganisation.organisation"));
        List<List<String>> fields = r.json().getList("data.admitOrganisation.userErrors.field");
        assertTrue(r.userErrorCodes("admitOrganisation").containsAll(List.of("INVALID_COUNTRY", "INVALID_LEI")), r.raw());
        assertTrue(fields.containsAll(List.of(List.of("input", "country"), List.of("input", "identifiers", "lei"))), r.raw());
        assertEquals(0, countOrganisationsNamed(name));

        r = Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", "   ",
                "country", "CD", "identifiers", Map.of()))).assertNoErrors();
        assertTrue(r.userErrorCodes("admitOrganisation").containsAll(List.of("REQUIRED", "IDENTIFIER_REQUIRED")), r.raw());

        r = Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", name,
                "country", "CD", "identifiers", Map.of("duns", "12345")))).assertNoErrors();
        assertEquals(List.of("INVALID_DUNS"), r.userErrorCodes("admitOrganisation"));
        assertEquals(0, countOrganisationsNamed(name));
        assertEquals(auditBefore, auditCount(), "a refused mutation leaves no audit event");
    }

    @Test
    void duplicateIdentifierIsRefused() {
        String lei = Fixtures.lei();
        Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", Fixtures.unique("First"),
                "country", "CN", "identifiers", Map.of("lei", lei)))).assertNoErrors();
        Gql.Result r = Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", Fixtures.unique("Second"),
                "country", "CN", "identifiers", Map.of("lei", lei)))).assertNoErrors();
        assertEquals(List.of("DUPLICATE"), r.userErrorCodes("admitOrganisation"));
    }

    @Test
    void operatorOnlyMutationsAreForbiddenToOthers() {
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Forbidden Buyer", "DE");
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Forbidden Supplier", "CD");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Forbidden Auditor", "GB");
        for (Fixtures.Party p : List.of(member, supplier, assessor)) {
            p.client().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", "Sneaky", "country", "CD",
                    "identifiers", Map.of("duns", "987654321")))).assertErrorCode("forbidden");
            p.client().post("mutation($in: OrganisationRefInput!) { suspendOrganisation(input: $in) { organisation { id } } }",
                    vars("in", Map.of("organisationId", p.organisationId()))).assertErrorCode("forbidden");
            p.client().post("mutation($in: UpdateOrganisationInput!) { updateOrganisation(input: $in) { organisation { id } } }",
                    vars("in", Map.of("organisationId", p.organisationId(), "name", "Renamed"))).assertErrorCode("forbidden");
            p.client().post("{ organisations { nodes { id } } }").assertErrorCode("forbidden");
            p.client().post("{ auditEvents { nodes { seq } } }").assertErrorCode("forbidden");
        }
        assertEquals(0, countOrganisationsNamed("Sneaky"));
    }

    @Test
    void eachRoleSeesItsOwnOrganisationOnly() {
        Fixtures.Party a = Fixtures.party("MEMBER_FIRM", "Own Org A", "FR");
        Fixtures.Party b = Fixtures.party("SUPPLIER", "Own Org B", "ID");
        Gql.Result mine = a.client().post("{ myOrganisation { id name kind } }").assertNoErrors();
        assertEquals(a.organisationNodeId(), mine.string("data.myOrganisation.id"));
        a.client().post("{ organisation(id: \"" + a.organisationId() + "\") { id } }").assertNoErrors();
        a.client().post("{ organisation(id: \"" + b.organisationId() + "\") { id } }").assertErrorCode("NOT_FOUND");
        b.client().post("{ organisation(id: \"" + a.organisationId() + "\") { id } }").assertErrorCode("NOT_FOUND");
        Gql.rootOperator().post("{ organisation(id: \"" + b.organisationId() + "\") { id } }").assertNoErrors();
        // the global id works as well as the legacy raw id, for the same rule
        a.client().post("{ organisation(id: \"" + a.organisationNodeId() + "\") { id } }").assertNoErrors();
        a.client().post("{ organisation(id: \"" + b.organisationNodeId() + "\") { id } }").assertErrorCode("NOT_FOUND");
    }

    @Test
    void membersSearchTheSupplierDirectoryByNameIdentifierAndCountry() {
        String base = "Zhejiang Huayou " + System.nanoTime();
        Gql.Result admitted = Gql.rootOperator().post(ADMIT, vars("in", Map.of("kind", "SUPPLIER", "name", base + " Cobalt",
                "country", "CN", "identifiers", Map.of("duns", String.format("%09d", System.nanoTime() % 1_000_000_000L))))).assertNoErrors();
        String id = admitted.string("data.admitOrganisation.organisation.id");
        String duns = admitted.string("data.admitOrganisation.organisation.identifiers.duns");
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Directory Buyer", "JP");

        Gql.Result byName = member.client().post("query($s: SupplierSearch) { supplierDirectory(search: $s) { nodes { id name country } } }",
                vars("s", Map.of("namePrefix", base.toLowerCase()))).assertNoErrors();
        assertEquals(List.of(id), byName.json().getList("data.supplierDirectory.nodes.id"));
        Gql.Result byIdent = member.client().post("query($s: SupplierSearch) { supplierDirectory(search: $s) { nodes { id } } }",
                vars("s", Map.of("identifier", duns))).assertNoErrors();
        assertEquals(List.of(id), byIdent.json().getList("data.supplierDirectory.nodes.id"));
        Gql.Result wrongCountry = member.client().post("query($s: SupplierSearch) { supplierDirectory(search: $s) { nodes { id } } }",
                vars("s", Map.of("namePrefix", base, "country", "CD"))).assertNoErrors();
        assertEquals(List.of(), wrongCountry.json().getList("data.supplierDirectory.nodes.id"));

        // Public profile only: no status, no admission date, no people.
        Gql.Result notPublic = member.client().post("{ supplierDirectory { nodes { id status } } }");
        assertTrue(!notPublic.errors().isEmpty() && notPublic.get("data") == null, "status is not a public profile field: " + notPublic.raw());
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Nosy Supplier", "CD");
        supplier.client().post("{ supplierDirectory { nodes { id } } }").assertErrorCode("forbidden");
    }

    @Test
    void directoryPrefixIsExactAtItsEdges() {
        // The prefix is looked up as a range of the name order (V70); the range must neither drop nor add names.
        String base = "Edge Refinery " + System.nanoTime();
        for (String suffix : List.of("az", "B", "b%c", "b_c", "bxc", "\u00e9toile", "\u00e9z", "{brace}")) {
            Fixtures.admit("SUPPLIER", base + " " + suffix, "PE");
        }
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Edge Buyer", "PE");
        java.util.function.Function<String, List<String>> names = prefix -> member.client().post(
                "query($s: SupplierSearch) { supplierDirectory(first: 50, search: $s) { nodes { name } } }",
                vars("s", Map.of("namePrefix", prefix))).assertNoErrors().json().getList("data.supplierDirectory.nodes.name");
        String b = base.toUpperCase();
        assertEquals(List.of(base + " az"), names.apply(b + " A"));
        assertEquals(List.of(base + " B", base + " b%c", base + " b_c", base + " bxc"), names.apply(base + " b"));
        assertEquals(List.of(base + " b%c"), names.apply(base + " b%"));
        assertEquals(List.of(base + " b_c"), names.apply(base + " b_"));
        assertEquals(List.of(base + " \u00e9toile", base + " \u00e9z"), names.apply(base + " \u00c9"));
        assertEquals(List.of(base + " {brace}"), names.apply(base + " {"));
        assertEquals(List.of(), names.apply(base + " c"));
    }

    @Test
    void directoryPagesWithCursors() {
        String base = "Paging Smelter " + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            Fixtures.admit("SUPPLIER", base + " " + i, "BO");
        }
        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Paging Buyer", "KR");
        String q = "query($s: SupplierSearch, $after: String) { supplierDirectory(first: 2, after: $after, search: $s) { nodes { name } pageInfo { hasNextPage endCursor } } }";
        List<String> seen = new java.util.ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            Map<String, Object> v = new java.util.HashMap<>(vars("s", Map.of("namePrefix", base)));
            v.put("after", after);
            Gql.Result r = member.client().post(q, v).assertNoErrors();
            seen.addAll(r.json().getList("data.supplierDirectory.nodes.name"));
            after = r.string("data.supplierDirectory.pageInfo.endCursor");
            assertEquals(page < 2, r.<Boolean>get("data.supplierDirectory.pageInfo.hasNextPage"));
        }
        assertEquals(List.of(base + " 0", base + " 1", base + " 2", base + " 3", base + " 4"), seen);
    }

    @Test
    void suspendedOrganisationsPeopleAreRefused() {
        Fixtures.Party p = Fixtures.party("SUPPLIER", "Suspended Mine", "CD");
        p.client().post("{ myOrganisation { id } }").assertNoErrors();
        Gql.Result s = Gql.rootOperator().post("mutation($in: OrganisationRefInput!) { suspendOrganisation(input: $in) { organisation { status } userErrors { code } } }",
                vars("in", Map.of("organisationId", p.organisationId()))).assertNoErrors();
        assertEquals("SUSPENDED", s.string("data.suspendOrganisation.organisation.status"));
        p.client().post("{ myOrganisation { id } }").assertErrorCode("ORGANISATION_SUSPENDED");
        Gql.rootOperator().post("mutation($in: OrganisationRefInput!) { reinstateOrganisation(input: $in) { organisation { status } } }",
                vars("in", Map.of("organisationId", p.organisationId()))).assertNoErrors();
        p.client().post("{ myOrganisation { id } }").assertNoErrors();
    }

    private int countOrganisationsNamed(String name) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from organisation where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long auditCount() throws Exception {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery("select count(*) from audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
