package org.assay.platform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrefixPatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreLiteral() {
        assertEquals("nova c%", PrefixPattern.of("nova c"));
        assertEquals("b\\%%", PrefixPattern.of("b%"));
        assertEquals("b\\_%", PrefixPattern.of("b_"));
        assertEquals("a\\\\b%", PrefixPattern.of("a\\b"));
        assertEquals(" escape '\\'", PrefixPattern.ESCAPE);
    }
}
