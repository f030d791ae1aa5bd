package org.assay.assessment;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which indicators a scope is asked, with the graphite split of framework 2.0 (GRAPHITE of an unstated kind matches both kinds). */
class ApplicabilityTest {

    @ParameterizedTest(name = "indicator {0} / {1} / cahraOnly {2}, scope {3} / {4} / cahra {5} -> {6}")
    @CsvSource(delimiter = '|', value = {
            "|                                   | false | EXTRACTION | COBALT             | false | true",
            "EXTRACTION |                        | false | REFINING   | COBALT             | false | false",
            "| COBALT                            | false | REFINING   | COPPER COBALT      | false | true",
            "| LITHIUM                           | false | EXTRACTION | COBALT             | false | false",
            "|                                   | true  | EXTRACTION | COBALT             | false | false",
            "|                                   | true  | EXTRACTION | COBALT             | true  | true",
            "| NATURAL_GRAPHITE                  | false | PROCESSING | NATURAL_GRAPHITE   | false | true",
            "| NATURAL_GRAPHITE                  | false | PROCESSING | SYNTHETIC_GRAPHITE | false | false",
            "| NATURAL_GRAPHITE SYNTHETIC_GRAPHITE | false | PROCESSING | GRAPHITE         | false | true",
            "| GRAPHITE                          | false | PROCESSING | SYNTHETIC_GRAPHITE | false | true",
            "| GRAPHITE                          | false | PROCESSING | NATURAL_GRAPHITE   | false | true",
            "| MICA                              | false | PROCESSING | GRAPHITE           | false | false",
    })
    void applies(String stages, String minerals, boolean cahraOnly, String scopeStage, String scopeMinerals, boolean inCahra, boolean expected) {
        Applicability.Scope scope = new Applicability.Scope(Set.of(scopeStage), set(scopeMinerals), inCahra);
        assertEquals(expected, Applicability.applies(array(stages), array(minerals), cahraOnly, scope));
    }

    static String[] array(String s) {
        return s == null ? new String[0] : s.trim().split("\\s+");
    }

    static Set<String> set(String s) {
        return Arrays.stream(array(s)).collect(Collectors.toSet());
    }
}
