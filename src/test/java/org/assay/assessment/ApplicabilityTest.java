package org.assay.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which indicators a scope is asked, as a table (lists are space-separated; "-" is an empty list). */
class ApplicabilityTest {

    @ParameterizedTest(name = "indicator stages [{0}] minerals [{1}] cahraOnly={2} · scope stages [{3}] minerals [{4}] cahra={5} → {6}")
    @CsvSource(textBlock = """
            # indicator stages, minerals, cahraOnly, scope stages,      minerals,        inCahra, applies
            -,                 -,         false,     -,                 -,               false,   true
            -,                 -,         true,      -,                 -,               false,   false
            -,                 -,         true,      MINE,              COBALT,          true,    true
            MINE,              -,         false,     MINE,              -,               false,   true
            MINE,              -,         false,     SMELTER_REFINER,   -,               false,   false
            MINE,              -,         false,     -,                 -,               false,   false
            MINE SMELTER_REFINER, -,      false,     SMELTER_REFINER,   -,               false,   true
            -,                 COBALT,    false,     MINE,              COBALT LITHIUM,  false,   true
            -,                 COBALT,    false,     MINE,              LITHIUM,         false,   false
            MINE,              COBALT,    false,     MINE,              LITHIUM,         false,   false
            MINE,              COBALT,    false,     SMELTER_REFINER,   COBALT,          false,   false
            MINE,              COBALT,    true,      MINE,              COBALT,          false,   false
            MINE,              COBALT,    true,      MINE,              COBALT,          true,    true
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
