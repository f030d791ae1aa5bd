package org.assay.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which indicators a scope is asked, as a table (lists are space-separated; "-" is an empty list), with the graphite
 * split of framework 2.0: GRAPHITE of an unstated kind matches both kinds.
 */
class ApplicabilityTest {

    @ParameterizedTest(name = "indicator stages [{0}] minerals [{1}] cahraOnly={2} · scope stages [{3}] minerals [{4}] cahra={5} → {6}")
    @CsvSource(textBlock = """
            # indicator stages,  minerals,                            cahraOnly, scope stages, minerals,           inCahra, applies
            -,                   -,                                   false,     -,            -,                  false,   true
            -,                   -,                                   true,      -,            -,                  false,   false
            -,                   -,                                   true,      EXTRACTION,   COBALT,             true,    true
            EXTRACTION,          -,                                   false,     EXTRACTION,   -,                  false,   true
            EXTRACTION,          -,                                   false,     REFINING,     -,                  false,   false
            EXTRACTION,          -,                                   false,     -,            -,                  false,   false
            EXTRACTION REFINING, -,                                   false,     REFINING,     -,                  false,   true
            -,                   COBALT,                              false,     EXTRACTION,   COBALT LITHIUM,     false,   true
            -,                   COBALT,                              false,     EXTRACTION,   LITHIUM,            false,   false
            EXTRACTION,          COBALT,                              false,     EXTRACTION,   LITHIUM,            false,   false
            EXTRACTION,          COBALT,                              false,     REFINING,     COBALT,             false,   false
            EXTRACTION,          COBALT,                              true,      EXTRACTION,   COBALT,             false,   false
            EXTRACTION,          COBALT,                              true,      EXTRACTION,   COBALT,             true,    true
            -,                   NATURAL_GRAPHITE,                    false,     PROCESSING,   NATURAL_GRAPHITE,   false,   true
            -,                   NATURAL_GRAPHITE,                    false,     PROCESSING,   SYNTHETIC_GRAPHITE, false,   false
            -,                   NATURAL_GRAPHITE SYNTHETIC_GRAPHITE, false,     PROCESSING,   GRAPHITE,           false,   true
            -,                   GRAPHITE,                            false,     PROCESSING,   SYNTHETIC_GRAPHITE, false,   true
            -,                   GRAPHITE,                            false,     PROCESSING,   NATURAL_GRAPHITE,   false,   true
            -,                   MICA,                                false,     PROCESSING,   GRAPHITE,           false,   false
            """)
    void applies(String stages, String minerals, boolean cahraOnly, String scopeStages, String scopeMinerals, boolean inCahra,
                 boolean expected) {
        Applicability.Scope scope = new Applicability.Scope(set(scopeStages), set(scopeMinerals), inCahra);
        assertEquals(expected, Applicability.applies(array(stages), array(minerals), cahraOnly, scope));
    }

    @org.junit.jupiter.api.Test
    void missingListsMeanEveryStageAndMineral() {
        assertEquals(true, Applicability.applies(null, null, false, Applicability.Scope.UNKNOWN));
    }

    private static String[] array(String list) {
        return "-".equals(list) ? new String[0] : list.trim().split("\\s+");
    }

    private static Set<String> set(String list) {
        return Arrays.stream(array(list)).collect(Collectors.toSet());
    }
}
