package org.assay.cap;

import java.util.Map;
import java.util.Set;

/** The corrective-action state machine: which transition is allowed from which state. Plain code, unit-tested. */
public final class ActionRules {

    private ActionRules() {
    }

    /** A transition a party can ask for. */
    public enum Transition { PLAN, PROGRESS, PROPOSE_DUE_DATE, DECIDE_DUE_DATE, SUBMIT, VERIFY, SEND_BACK }

    private static final Map<Transition, Set<ActionStatus>> FROM = Map.of(
            Transition.PLAN, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
            Transition.PROGRESS, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
            Transition.PROPOSE_DUE_DATE, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
            Transition.DECIDE_DUE_DATE, Set.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.SUBMITTED),
            Transition.SUBMIT, Set.of(ActionStatus.IN_PROGRESS),
            Transition.VERIFY, Set.of(ActionStatus.SUBMITTED),
            Transition.SEND_BACK, Set.of(ActionStatus.SUBMITTED));

    public static boolean allowed(Transition t, ActionStatus from) {
        return FROM.get(t).contains(from);
    }

    /** The state after a transition. */
    public static ActionStatus next(Transition t, ActionStatus from) {
        return switch (t) {
            case PLAN, PROGRESS -> ActionStatus.IN_PROGRESS;
            case PROPOSE_DUE_DATE, DECIDE_DUE_DATE -> from;
            case SUBMIT -> ActionStatus.SUBMITTED;
            case VERIFY -> ActionStatus.VERIFIED;
            case SEND_BACK -> ActionStatus.IN_PROGRESS;
        };
    }

    /** Whether the supplier (true) or the assigned assessment body (false) performs the transition. */
    public static boolean bySupplier(Transition t) {
        return switch (t) {
            case PLAN, PROGRESS, PROPOSE_DUE_DATE, SUBMIT -> true;
            case DECIDE_DUE_DATE, VERIFY, SEND_BACK -> false;
        };
    }
}
