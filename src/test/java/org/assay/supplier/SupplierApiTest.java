package org.assay.supplier;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assay.support.Gql.vars;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Suppliers maintain their own profile and sites; the operator reads any; nobody else reads them here. */
@QuarkusTest
@WithTestResource(value = OidcWiremockTestResource.class, scope = TestResourceScope.GLOBAL)
class SupplierApiTest {

    static final String SITE_FIELDS = "id name kind country coordinates { latitude longitude } minerals stage inCahra";
    static final String CREATE = "mutation($in: CreateSiteInput!) { createSite(input: $in) { site { " + SITE_FIELDS
            + " } userErrors { field code message } } }";
    static final String UPDATE = "mutation($in: UpdateSiteInput!) { updateSite(input: $in) { site { " + SITE_FIELDS
            + " } userErrors { field code message } } }";
    static final String REMOVE = "mutation($in: SiteRefInput!) { removeSite(input: $in) { site { id } userErrors { field code message } } }";
    static final String PROFILE = "mutation($in: UpdateSupplierProfileInput!) { updateSupplierProfile(input: $in) { "
            + "profile { id name description website minerals stages } userErrors { field code message } } }";
    static final String MY_PROFILE = "{ mySupplierProfile { id name country description website minerals stages sites { " + SITE_FIELDS + " } } }";

    @Inject
    AgroalDataSource db;

    static Map<String, Object> site(String name) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("kind", "MINE");
        m.put("country", "CD");
        m.put("latitude", -10.7);
        m.put("longitude", 25.4);
        m.put("minerals", List.of("COBALT", "COPPER"));
        m.put("stage", "EXTRACTION");
        m.put("inCahra", true);
        return m;
    }

    @Test
    void supplierMaintainsItsProfileAndSites() {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Kolwezi Mining", "CD");
        Gql.Result p = supplier.client().post(PROFILE, vars("in", Map.of("description", "Copper-cobalt producer",
                "website", "https://kolwezi.example.com", "minerals", List.of("COPPER", "COBALT", "COPPER"),
                "stages", List.of("EXTRACTION", "PROCESSING")))).assertNoErrors();
        assertEquals(List.of(), p.userErrorCodes("updateSupplierProfile"), p.raw());
        assertEquals(List.of("COBALT", "COPPER"), p.get("data.updateSupplierProfile.profile.minerals"));

        Gql.Result created = supplier.client().post(CREATE, vars("in", site("Mutoshi pit"))).assertNoErrors();
        assertEquals(List.of(), created.userErrorCodes("createSite"), created.raw());
        String siteId = created.string("data.createSite.site.id");
        assertEquals(-10.7, created.<Float>get("data.createSite.site.coordinates.latitude").doubleValue(), 1e-6);

        Map<String, Object> second = site("Lualaba smelter");
        second.remove("latitude");
        second.remove("longitude");
        second.put("kind", "SMELTER_REFINER");
        second.put("stage", "REFINING");
        second.put("inCahra", false);
        supplier.client().post(CREATE, vars("in", second)).assertNoErrors();

        Gql.Result mine = supplier.client().post(MY_PROFILE).assertNoErrors();
        assertEquals(supplier.organisationId(), mine.string("data.mySupplierProfile.id"));
        assertEquals("Copper-cobalt producer", mine.string("data.mySupplierProfile.description"));
        assertEquals(List.of("Lualaba smelter", "Mutoshi pit"), mine.get("data.mySupplierProfile.sites.name"));
        assertNull(mine.get("data.mySupplierProfile.sites[0].coordinates"));

        // Partial update: only what is given changes; coordinates can be removed.
        Gql.Result updated = supplier.client().post(UPDATE, vars("in", Map.of("siteId", siteId, "inCahra", false,
                "minerals", List.of("COBALT")))).assertNoErrors();
        assertEquals(List.of(), updated.userErrorCodes("updateSite"), updated.raw());
        assertEquals("Mutoshi pit", updated.string("data.updateSite.site.name"));
        assertEquals(List.of("COBALT"), updated.get("data.updateSite.site.minerals"));
        assertEquals(false, updated.get("data.updateSite.site.inCahra"));
        assertNotNull(updated.get("data.updateSite.site.coordinates"));
        updated = supplier.client().post(UPDATE, vars("in", Map.of("siteId", siteId, "removeCoordinates", true))).assertNoErrors();
        assertNull(updated.get("data.updateSite.site.coordinates"), updated.raw());

        // Removal archives: the site leaves the profile and its name can be reused.
        Gql.Result removed = supplier.client().post(REMOVE, vars("in", Map.of("siteId", siteId))).assertNoErrors();
        assertEquals(List.of(), removed.userErrorCodes("removeSite"));
        assertEquals(List.of("Lualaba smelter"), supplier.client().post(MY_PROFILE).get("data.mySupplierProfile.sites.name"));
        assertEquals(List.of("NOT_FOUND"), supplier.client().post(REMOVE, vars("in", Map.of("siteId", siteId))).userErrorCodes("removeSite"));
        assertEquals(List.of(), supplier.client().post(CREATE, vars("in", site("MUTOSHI PIT"))).userErrorCodes("createSite"));

        // An empty text clears a profile field; omitted fields stay.
        Gql.Result cleared = supplier.client().post(PROFILE, vars("in", Map.of("website", ""))).assertNoErrors();
        assertNull(cleared.get("data.updateSupplierProfile.profile.website"));
        assertEquals("Copper-cobalt producer", cleared.string("data.updateSupplierProfile.profile.description"));
    }

    @Test
    void invalidSitesGiveUserErrorsAndWriteNothing() throws Exception {
        Fixtures.Party supplier = Fixtures.party("SUPPLIER", "Invalid Sites Ltd", "ZM");
        long auditBefore = count("select count(*) from audit_event");

        Map<String, Object> bad = site("Bad country");
        bad.put("country", "XX");
        assertEquals(List.of("INVALID_COUNTRY"), supplier.client().post(CREATE, vars("in", bad)).userErrorCodes("createSite"));

        bad = site("Out of range");
        bad.put("latitude", 91.0);
        bad.put("longitude", -181.0);
        Gql.Result r = supplier.client().post(CREATE, vars("in", bad)).assertNoErrors();
        assertEquals(List.of("OUT_OF_RANGE", "OUT_OF_RANGE"), r.userErrorCodes("createSite"));
        assertEquals(List.of("input.latitude", "input.longitude"), r.userErrorFields("createSite"));

        bad = site("Half coordinates");
        bad.remove("longitude");
        r = supplier.client().post(CREATE, vars("in", bad)).assertNoErrors();
        assertEquals(List.of("INCOMPLETE_COORDINATES"), r.userErrorCodes("createSite"));

        bad = site("No minerals");
        bad.put("minerals", List.of());
        r = supplier.client().post(CREATE, vars("in", bad)).assertNoErrors();
        assertEquals(List.of("REQUIRED"), r.userErrorCodes("createSite"));
        assertEquals("input.minerals", r.userErrorFields("createSite").get(0));

        bad = site("   ");
        bad.put("country", "??");
        r = supplier.client().post(CREATE, vars("in", bad)).assertNoErrors();
        assertTrue(r.userErrorCodes("createSite").containsAll(List.of("REQUIRED", "INVALID_COUNTRY")), r.raw());

        assertEquals(0, count("select count(*) from supplier_site where supplier_id = '" + supplier.organisationId() + "'"));
        assertEquals(auditBefore, count("select count(*) from audit_event"), "refused mutations leave no audit event");

        // Duplicate name (case-insensitive) within one supplier; the same name at another supplier is fine.
        assertEquals(List.of(), supplier.client().post(CREATE, vars("in", site("Chambishi"))).userErrorCodes("createSite"));
        assertEquals(List.of("DUPLICATE"), supplier.client().post(CREATE, vars("in", site(" chambishi "))).userErrorCodes("createSite"));
        Fixtures.Party other = Fixtures.party("SUPPLIER", "Other Sites Ltd", "ZM");
        assertEquals(List.of(), other.client().post(CREATE, vars("in", site("Chambishi"))).userErrorCodes("createSite"));

        // Renaming onto another site's name is refused too; bad website.
        String second = supplier.client().post(CREATE, vars("in", site("Nkana"))).string("data.createSite.site.id");
        assertEquals(List.of("DUPLICATE"), supplier.client().post(UPDATE, vars("in", Map.of("siteId", second, "name", "CHAMBISHI")))
                .userErrorCodes("updateSite"));
        assertEquals(List.of("INCOMPLETE_COORDINATES"), supplier.client().post(UPDATE, vars("in", Map.of("siteId", second, "latitude", 1.0)))
                .userErrorCodes("updateSite"));
        assertEquals(List.of("INVALID_URL"), supplier.client().post(PROFILE, vars("in", Map.of("website", "javascript:alert(1)")))
                .userErrorCodes("updateSupplierProfile"));
        assertEquals(List.of("TOO_LONG"), supplier.client().post(PROFILE, vars("in", Map.of("description", "x".repeat(2001))))
                .userErrorCodes("updateSupplierProfile"));
    }

    @Test
    void suppliersNeverTouchOtherSuppliersAndOtherRolesAreForbidden() {
        Fixtures.Party a = Fixtures.party("SUPPLIER", "Supplier A", "ID");
        Fixtures.Party b = Fixtures.party("SUPPLIER", "Supplier B", "ID");
        String siteOfA = a.client().post(CREATE, vars("in", site("Weda Bay"))).string("data.createSite.site.id");

        // B cannot change or remove A's site, nor read A's profile.
        assertEquals(List.of("NOT_FOUND"), b.client().post(UPDATE, vars("in", Map.of("siteId", siteOfA, "name", "Mine now")))
                .userErrorCodes("updateSite"));
        assertEquals(List.of("NOT_FOUND"), b.client().post(REMOVE, vars("in", Map.of("siteId", siteOfA))).userErrorCodes("removeSite"));
        b.client().post("{ supplierProfile(supplierId: \"" + a.organisationId() + "\") { id } }").assertErrorCode("NOT_FOUND");
        b.client().post("{ supplierProfile(supplierId: \"" + b.organisationId() + "\") { id } }").assertNoErrors();
        assertEquals(List.of(), b.client().post(MY_PROFILE).get("data.mySupplierProfile.sites"));

        // The operator reads any supplier's profile, coordinates included.
        Gql.Result op = Gql.rootOperator().post("{ supplierProfile(supplierId: \"" + a.organisationId() + "\") { id sites { name coordinates { latitude } } } }")
                .assertNoErrors();
        assertEquals(List.of("Weda Bay"), op.get("data.supplierProfile.sites.name"));
        assertNotNull(op.get("data.supplierProfile.sites[0].coordinates"));

        Fixtures.Party member = Fixtures.party("MEMBER_FIRM", "Nosy Buyer", "DE");
        Fixtures.Party assessor = Fixtures.party("ASSESSMENT_BODY", "Nosy Auditor", "GB");
        for (Fixtures.Party p : List.of(member, assessor)) {
            p.client().post(MY_PROFILE).assertErrorCode("forbidden");
            p.client().post("{ supplierProfile(supplierId: \"" + a.organisationId() + "\") { id } }").assertErrorCode("forbidden");
            p.client().post(CREATE, vars("in", site("Sneaky"))).assertErrorCode("forbidden");
            p.client().post(PROFILE, vars("in", Map.of("description", "x"))).assertErrorCode("forbidden");
            p.client().post(REMOVE, vars("in", Map.of("siteId", siteOfA))).assertErrorCode("forbidden");
        }
        Gql.rootOperator().post(CREATE, vars("in", site("Operator site"))).assertErrorCode("forbidden");
        Gql.anonymous().post(MY_PROFILE).assertErrorCode("unauthorized");
        assertEquals(List.of("Weda Bay"), a.client().post(MY_PROFILE).get("data.mySupplierProfile.sites.name"));
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
