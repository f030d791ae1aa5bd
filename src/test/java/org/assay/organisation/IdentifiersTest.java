package org.assay.organisation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IdentifiersTest {

    @ParameterizedTest
    @CsvSource({
            "5493001KJTIIGC8Y1R12, true",   // a real, published LEI (Bloomberg Finance L.P.)
            "7LTWFZYICNSX8D621K86, true",   // Deutsche Bank AG
            "5493001KJTIIGC8Y1R13, false",  // check digits off by one
            "5493001KJTIIGC8Y1R1, false",   // 19 characters
            "5493001kjtiigc8y1r12, false",  // lower case (normalised before validation)
            "5493001KJTIIGC8Y1RAB, false",  // check digits must be digits
    })
    void lei(String lei, boolean valid) {
        assertEquals(valid, Identifiers.isValidLei(lei));
    }

    @ParameterizedTest
    @CsvSource({"123456789, true", "12345678, false", "1234567890, false", "12345678A, false"})
    void duns(String duns, boolean valid) {
        assertEquals(valid, Identifiers.isValidDuns(duns));
    }

    @ParameterizedTest
    @CsvSource({"CD, true", "CN, true", "DE, true", "XX, false", "cd, false", "COD, false"})
    void country(String code, boolean valid) {
        assertEquals(valid, Identifiers.isValidCountry(code));
    }
}
