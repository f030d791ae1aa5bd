package org.assay.grievance;

import java.util.EnumSet;
import java.util.Set;

/** Which stage may follow which (plain code; table-driven test in StageRulesTest). */
public final class StageRules {

    private StageRules() {
    }

    /** The stages a handler may move a grievance to from {@code from} (triage itself is {@link #mayTriage}). */
    public static Set<GrievanceStage> next(GrievanceStage from) {
        return switch (from) {
            case RECEIVED -> EnumSet.of(GrievanceStage.CLOSED);
            case TRIAGED, IN_DIALOGUE, IN_MEDIATION, IN_INVESTIGATION -> {
                EnumSet<GrievanceStage> s = EnumSet.of(GrievanceStage.IN_DIALOGUE, GrievanceStage.IN_MEDIATION,
                        GrievanceStage.IN_INVESTIGATION, GrievanceStage.CLOSED);
                if (from != GrievanceStage.TRIAGED) {
                    s.add(GrievanceStage.RESOLVED);
                }
                s.remove(from);
                yield s;
            }
            case RESOLVED, CLOSED -> EnumSet.noneOf(GrievanceStage.class);
        };
    }

    /** Triage happens once, on a received grievance. */
    public static boolean mayTriage(GrievanceStage from) {
        return from == GrievanceStage.RECEIVED;
    }

    /** A resolution needs the agreed outcome; a closure its reason. */
    public static boolean needsReason(GrievanceStage to) {
        return to == GrievanceStage.RESOLVED || to == GrievanceStage.CLOSED;
    }
}
