package org.assay.disclosure;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DisclosureRulesTest {

    @ParameterizedTest
    @CsvSource({"kolwezi-cobalt, true", "ab, false", "Kolwezi, false", "-kolwezi, false", "kol--wezi, false", "kolwezi-, false",
            "a1b2c3, true", "mina-são-paulo, false"})
    void addressNames(String slug, boolean valid) {
        assertEquals(valid, DisclosureRules.validSlug(slug));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Kolwezi Cobalt Mining S.A.|kolwezi-cobalt-mining-s-a", "Minería São Paulo|mineria-sao-paulo",
            "PT Nikel  Indonesia|pt-nikel-indonesia", "X|x-supplier", "中国|supplier"})
    void addressNamesFromOrganisationNames(String name, String slug) {
        assertEquals(slug, DisclosureRules.slugOf(name));
    }
}
