package org.assay.organisation;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NameOrderTest {

    @Test
    void prefixEndIncrementsTheLastCodePoint() {
        assertEquals("b", NameOrder.prefixEnd("a"));
        assertEquals("nova d", NameOrder.prefixEnd("nova c"));
        assertEquals("z{", NameOrder.prefixEnd("zz"));
        assertEquals("caf\u00ea", NameOrder.prefixEnd("caf\u00e9"));
        // A supplementary code point (two UTF-16 units) is incremented as one.
        assertEquals("x" + new String(Character.toChars(0x1F601)), NameOrder.prefixEnd("x" + new String(Character.toChars(0x1F600))));
        // After U+D7FF come the surrogates, which are not characters: the next one is U+E000.
        assertEquals("\uE000", NameOrder.prefixEnd("\uD7FF"));
        assertNull(NameOrder.prefixEnd(new String(Character.toChars(Character.MAX_CODE_POINT))));
    }
}
