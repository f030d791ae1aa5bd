package org.assay.framework;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionNumberTest {

    @Test
    void essentialSetChangeBumpsMajorOtherwiseMinor() {
        assertEquals(new VersionNumber(2, 0), new VersionNumber(1, 0).next(true));
        assertEquals(new VersionNumber(2, 0), new VersionNumber(1, 7).next(true));
        assertEquals(new VersionNumber(1, 1), new VersionNumber(1, 0).next(false));
        assertEquals(new VersionNumber(3, 5), new VersionNumber(3, 4).next(false));
    }

    @Test
    void parsesAndPrints() {
        assertEquals(new VersionNumber(1, 0), VersionNumber.parse("1.0"));
        assertEquals(new VersionNumber(12, 34), VersionNumber.parse(" 12.34 "));
        assertEquals("2.10", new VersionNumber(2, 10).toString());
        assertNull(VersionNumber.parse("1"));
        assertNull(VersionNumber.parse("1.0.0"));
        assertNull(VersionNumber.parse("01.0"));
        assertNull(VersionNumber.parse("v1.0"));
        assertNull(VersionNumber.parse(null));
    }

    @Test
    void ordersNumerically() {
        assertTrue(new VersionNumber(1, 10).compareTo(new VersionNumber(1, 9)) > 0);
        assertTrue(new VersionNumber(2, 0).compareTo(new VersionNumber(1, 99)) > 0);
    }
}
