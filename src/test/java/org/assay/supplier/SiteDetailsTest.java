package org.assay.supplier;

import org.assay.platform.UserError;
import org.assay.platform.Validation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Site rules as plain code. */
class SiteDetailsTest {

    static List<String> codes(SiteDetails d) {
        Validation v = new Validation();
        d.validate(v, "input");
        return v.errors().stream().map(e -> e.code().name()).toList();
    }

    static SiteDetails site(String country, Double lat, Double lon, List<Mineral> minerals) {
        return SiteDetails.of(" Tenke ", SiteKind.MINE, country, lat, lon, minerals, SupplyChainStage.EXTRACTION, true);
    }

    @Test
    void normalisesNameCountryAndMinerals() {
        SiteDetails d = site(" cd ", null, null, List.of(Mineral.COPPER, Mineral.COBALT, Mineral.COPPER));
        assertEquals("Tenke", d.name());
        assertEquals("CD", d.country());
        assertEquals(List.of("COBALT", "COPPER"), d.mineralNames());
        assertFalse(d.hasCoordinates());
        assertEquals(List.of(), codes(d));
    }

    @Test
    void coordinatesAreBothOrNeitherAndInRange() {
        assertEquals(List.of(), codes(site("CD", -90.0, 180.0, List.of(Mineral.COBALT))));
        assertEquals(List.of(), codes(site("CD", 90.0, -180.0, List.of(Mineral.COBALT))));
        assertEquals(List.of("OUT_OF_RANGE"), codes(site("CD", -90.01, 0.0, List.of(Mineral.COBALT))));
        assertEquals(List.of("OUT_OF_RANGE"), codes(site("CD", 0.0, 180.5, List.of(Mineral.COBALT))));
        assertEquals(List.of("INCOMPLETE_COORDINATES"), codes(site("CD", 10.0, null, List.of(Mineral.COBALT))));
        assertEquals(List.of("INCOMPLETE_COORDINATES"), codes(site("CD", null, 10.0, List.of(Mineral.COBALT))));
        assertEquals(List.of("OUT_OF_RANGE"), codes(site("CD", Double.NaN, 1.0, List.of(Mineral.COBALT))));
        assertTrue(site("CD", 0.0, 0.0, List.of(Mineral.COBALT)).hasCoordinates());
    }

    @Test
    void countryMineralsAndRequiredFields() {
        assertEquals(List.of("INVALID_COUNTRY"), codes(site("XX", null, null, List.of(Mineral.COBALT))));
        assertEquals(List.of("INVALID_COUNTRY"), codes(site("COD", null, null, List.of(Mineral.COBALT))));
        assertEquals(List.of("REQUIRED"), codes(site("CD", null, null, List.of())));
        assertEquals(List.of("REQUIRED"), codes(site("CD", null, null, null)));
        SiteDetails empty = SiteDetails.of("  ", null, null, null, null, null, null, null);
        // the CAHRA flag is no longer required (deprecated, issue 15: the status is derived from the CAHRA list in force)
        assertEquals(List.of("REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED", "REQUIRED"), codes(empty));
        assertEquals(Boolean.FALSE, empty.inCahra());
        assertEquals(List.of("TOO_LONG"), codes(SiteDetails.of("Pit", SiteKind.MINE, "CD", null, null,
                List.of(Mineral.TIN), SupplyChainStage.EXTRACTION, null, "r".repeat(201))));
        assertEquals("Ituri", SiteDetails.of("Pit", SiteKind.MINE, "CD", null, null, List.of(Mineral.TIN), SupplyChainStage.EXTRACTION,
                null, "  Ituri ").region());
        assertEquals(null, SiteDetails.of("Pit", SiteKind.MINE, "CD", null, null, List.of(Mineral.TIN), SupplyChainStage.EXTRACTION,
                null, " ").region());
        assertEquals(List.of("TOO_LONG"), codes(SiteDetails.of("x".repeat(201), SiteKind.MINE, "CD", null, null,
                List.of(Mineral.TIN), SupplyChainStage.EXTRACTION, false)));
    }

    @Test
    void websitesMustBeHttpAddresses() {
        assertTrue(SupplierService.isWebAddress("https://example.com/about"));
        assertTrue(SupplierService.isWebAddress("http://www.mine.cd"));
        assertFalse(SupplierService.isWebAddress("javascript:alert(1)"));
        assertFalse(SupplierService.isWebAddress("ftp://example.com"));
        assertFalse(SupplierService.isWebAddress("https://localhost"));
        assertFalse(SupplierService.isWebAddress("not a url"));
    }
}
