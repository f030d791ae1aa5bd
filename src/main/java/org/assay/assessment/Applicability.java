package org.assay.assessment;

import org.assay.framework.Indicator;

import java.util.Arrays;
import java.util.Set;

/**
 * Which indicators are asked of an assessment's scope. An indicator applies when its stage list is empty or
 * shares a stage with the scope, its mineral list is empty or shares a mineral with the scope, and it is not
 * CAHRA-only unless the scope is in a CAHRA. Plain code, unit-tested.
 */
public final class Applicability {

    private Applicability() {
    }

    /** The facts of a supplier (all its active sites) or of one site. */
    public record Scope(Set<String> stages, Set<String> minerals, boolean inCahra) {
        public static final Scope UNKNOWN = new Scope(Set.of(), Set.of(), false);
    }

    public static boolean applies(String[] indicatorStages, String[] indicatorMinerals, boolean cahraOnly, Scope scope) {
        if (cahraOnly && !scope.inCahra()) {
            return false;
        }
        boolean stageOk = indicatorStages == null || indicatorStages.length == 0
                || Arrays.stream(indicatorStages).anyMatch(scope.stages()::contains);
        java.util.Set<String> minerals = indicatorMinerals == null || indicatorMinerals.length == 0 ? Set.of()
                : org.assay.supplier.Mineral.matching(scope.minerals());
        boolean mineralOk = indicatorMinerals == null || indicatorMinerals.length == 0
                || Arrays.stream(indicatorMinerals).anyMatch(minerals::contains);
        return stageOk && mineralOk;
    }

    public static boolean applies(Indicator i, Scope scope) {
        return applies(i.applicableStages, i.applicableMinerals, i.cahraOnly, scope);
    }
}
